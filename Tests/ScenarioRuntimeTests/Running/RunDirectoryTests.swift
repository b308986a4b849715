import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// What `DocumentRunner.finish()` removes: all of a run directory the run created (logs
/// excepted), and only what the run created in a directory that already existed.
@Suite struct RunDirectoryTests {
  static let markdown = """
    # Owner

    ## Checks

    ### S01 Make files

    Writes into the run directory, next to what was there.

    ```bash
    echo made > "$QA_RUN_DIR/made.txt"
    mkdir -p "$QA_RUN_DIR/sub/deeper"
    echo deep > "$QA_RUN_DIR/sub/deeper/file.txt"
    echo more >> "$QA_RUN_DIR/sentinel.txt"
    ```
    """

  static func runner(
    home: String, runDirectory: String, outputDirectory: String? = nil, keep: Bool = false
  ) throws -> DocumentRunner {
    let output = DocumentCompiler.compile(markdown: markdown, file: "owner.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let configuration = RunnerConfiguration(
      documentStem: "owner", environment: Snippet.baseVariables(home: home), qaSuffix: "test",
      runDirectory: runDirectory, outputDirectory: outputDirectory,
      timeout: DocumentRunnerTests.generousLimit,
      keepArtifacts: keep, workingDirectory: home, transport: FakeTransport())
    return DocumentRunner(
      compiled,
      configuration: configuration)
  }

  static func contents(_ directory: String) -> [String] {
    let names = (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
    return names.sorted()
  }

  /// `QA_RUN_DIR` names a directory that holds a sentinel and a document: they stay, and so
  /// does the sentinel's appended line; what the run made goes; the logs stay.
  @Test func anExistingDirectoryKeepsEverythingTheRunDidNotCreate() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("sentinel\n".utf8).write(to: URL(fileURLWithPath: directory + "/sentinel.txt"))
    try Data("# doc\n".utf8).write(to: URL(fileURLWithPath: directory + "/doc.md"))
    let runner = try Self.runner(home: directory, runDirectory: directory)
    let outcome = await runner.run("S01")
    #expect(outcome.passed, "\(String(decoding: outcome.stderr, as: UTF8.self))")
    #expect(Self.contents(directory).contains("sub/deeper/file.txt"))
    await runner.finish()
    #expect(
      Self.contents(directory) == [
        "doc.md", "release-e2e.raw.log", "release-e2e.summary.tsv", "sentinel.txt",
      ])
    #expect(
      try String(contentsOfFile: directory + "/sentinel.txt", encoding: .utf8)
        == "sentinel\nmore\n")
  }

  /// A run directory that did not exist is created with mode 0700 (with its missing parent),
  /// and removed at the end with that parent when the logs are elsewhere.
  @Test func aDirectoryTheRunCreatesGoesAway() async throws {
    let base = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let logs = base + "/logs"
    let run = base + "/parent/run"
    let runner = try Self.runner(home: base, runDirectory: run, outputDirectory: logs)
    let outcome = await runner.run("S01")
    #expect(outcome.passed, "\(String(decoding: outcome.stderr, as: UTF8.self))")
    let attributes = try FileManager.default.attributesOfItem(atPath: run)
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
    await runner.finish()
    #expect(
      Self.contents(base) == ["logs", "logs/release-e2e.raw.log", "logs/release-e2e.summary.tsv"])
  }

  /// Logs written into the run directory the run created stay; everything else goes.
  @Test func aCreatedDirectoryKeepsOnlyItsLogs() async throws {
    let base = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let run = base + "/run"
    let runner = try Self.runner(home: base, runDirectory: run)
    _ = await runner.run("S01")
    await runner.finish()
    #expect(Self.contents(run) == ["release-e2e.raw.log", "release-e2e.summary.tsv"])
  }

  @Test func keptArtifactsStay() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("sentinel\n".utf8).write(to: URL(fileURLWithPath: directory + "/sentinel.txt"))
    let runner = try Self.runner(home: directory, runDirectory: directory, keep: true)
    _ = await runner.run("S01")
    await runner.finish()
    #expect(Self.contents(directory).contains("sub/deeper/file.txt"))
    #expect(Self.contents(directory).contains("made.txt"))
  }
}
