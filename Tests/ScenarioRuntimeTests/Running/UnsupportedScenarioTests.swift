import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// A document the compiler lowers only partly (the golden `partial.md`): `DocumentRunner` runs
/// every scenario that lowered and reports each unsupported one, without running anything, as
/// `UNSUPPORTED` with exit code 2 and its errors, in the logs too.
@Suite struct UnsupportedScenarioTests {
  static let markdownURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("SpecCompilerTests/Golden/documents/partial.md")

  static func runner() throws -> (DocumentRunner, String) {
    let markdown = try String(contentsOf: markdownURL, encoding: .utf8)
    let output = DocumentCompiler.compile(markdown: markdown, file: "partial.md")
    let compiled = try #require(output.compiled, "\(output.documentDiagnostics)")
    let directory = Snippet.temporaryDirectory()
    var configuration = RunnerConfiguration(
      documentStem: "partial", environment: Snippet.baseVariables(home: directory),
      qaSuffix: "test", runDirectory: directory + "/run",
      timeout: DocumentRunnerTests.generousLimit, keepArtifacts: false,
      workingDirectory: directory, setup: .once, transport: FakeTransport())
    configuration.sourcePath = "docs/partial.md"
    let loaded = compiled
    return (DocumentRunner(loaded, configuration: configuration), directory)
  }

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func scenariosThatLoweredRunAndUnsupportedOnesAreReported() async throws {
    let (runner, directory) = try Self.runner()
    defer { try? FileManager.default.removeItem(atPath: directory) }

    let greeting = await runner.run("S01")
    #expect(greeting.statusWord == "OK")
    #expect(Self.text(greeting.stdout) == "hello world\n")

    let reader = await runner.run("S02")
    #expect(reader.statusWord == "UNSUPPORTED")
    #expect(!reader.passed)
    #expect(reader.status == 2)
    #expect(reader.stdout.isEmpty)
    // `coproc` is on line 45 of the markdown, at column 1.
    #expect(
      reader.unsupported == [
        .init(line: 45, column: 1, message: "unsupported command 'coproc'")
      ])
    #expect(reader.failureLine == 45)
    #expect(
      Self.text(reader.stderr) == "docs/partial.md:45:1: error: unsupported command 'coproc'\n")
    // Nothing ran: the file its first line writes does not exist.
    #expect(!FileManager.default.fileExists(atPath: directory + "/run/notes/notes.txt"))

    let watcher = await runner.run("S03")
    #expect(watcher.statusWord == "UNSUPPORTED")
    #expect(
      watcher.unsupported.map(\.message) == [
        "calls function 'watch_notes' of Common environment, which could not be lowered "
          + "(line 18, column 3: unsupported command 'coproc')"
      ])

    let locked = await runner.run("S05")
    #expect(locked.statusWord == "UNSUPPORTED")
    #expect(
      locked.unsupported.first?.message.hasPrefix("uses Auth-enabled runtime environment") == true)
  }

  @Test func aScenarioNeedingAnUnsupportedOneRunsAfterReportingTheNeedAsFailed() async throws {
    let (runner, directory) = try Self.runner()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let notes = await runner.run("S04")
    #expect(notes.failedNeeds == ["S02"])
    #expect(notes.statusWord == "OK")
    #expect(Self.text(notes.stdout) == "no notes\n")
  }

  @Test func theLogsRecordExitCodeTwoAndTheErrors() async throws {
    let (runner, directory) = try Self.runner()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = await runner.run("S02")
    let log = try await runner.logFiles()
    let raw = try String(contentsOf: log.rawLog, encoding: .utf8)
    #expect(
      raw.contains(
        """
        ## S02 Background reader
        exit_code: 2
        timed_out: false
        duration_s: 0
        -- stdout --
        -- stderr --
        docs/partial.md:45:1: error: unsupported command 'coproc'

        """))
    let summary = try String(contentsOf: log.summary, encoding: .utf8)
    #expect(summary.contains("S02\tBackground reader\t2\tfalse\t0\t0\t58\n"))
  }
}
