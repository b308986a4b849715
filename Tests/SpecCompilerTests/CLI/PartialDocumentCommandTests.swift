import Foundation
import Testing

/// `compile`, `list`, `run` and `check` on a document the compiler lowers only partly (the golden
/// `partial.md`), run as a user runs them, in a scratch package.
@Suite(
  .enabled(
    if: SpecCompilerExecutable.url != nil, "spec-compiler executable not built next to the tests"))
struct PartialDocumentCommandTests {
  let package = FileManager.default.temporaryDirectory.appendingPathComponent(
    "cli-partial-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(
      at: package.appendingPathComponent("specs"), withIntermediateDirectories: true)
    try Data("// swift-tools-version: 6.1\n".utf8).write(
      to: package.appendingPathComponent("Package.swift"))
    try FileManager.default.copyItem(
      at: GoldenFiles.documents.appendingPathComponent("partial.md"),
      to: package.appendingPathComponent("specs/partial.md"))
  }

  func run(_ arguments: [String]) async throws -> (status: Int32, stdout: String, stderr: String) {
    try await SpecCompilerExecutable.run(arguments, in: package)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: package.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func compileWritesEveryScenarioExitsOneAndCheckFindsNothingStale() async throws {
    defer { try? FileManager.default.removeItem(at: package) }
    let compile = try await run(["compile"])
    #expect(compile.status == 1)
    #expect(
      compile.stderr.contains(
        "specs/partial.md:45:1: error: unsupported command 'coproc' (in S02)"), "\(compile.stderr)")
    for id in 1...5 {
      #expect(
        FileManager.default.fileExists(
          atPath: package.appendingPathComponent("specs/partial/S0\(id).yaml").path))
    }
    let s02 = try read("specs/partial/S02.yaml")
    #expect(
      s02.hasSuffix(
        """
        unsupported:
        - line: 6
          column: 1
          message: unsupported command 'coproc'

        """), "\(s02)")
    #expect(!s02.contains("steps:"))
    let swift = try read("generated/PartialScenarios/PartialScenarios+S02.swift")
    #expect(swift.contains("await PartialScenarios.run(\"S02\")"))
    // Everything was written: check has nothing stale, and still exits 1 for the errors.
    let check = try await run(["check"])
    #expect(check.status == 1)
    #expect(check.stdout.isEmpty, "\(check.stdout)")
    #expect(check.stderr.contains("unsupported command 'coproc' (in S02)"))
  }

  @Test func listListsEveryScenario() async throws {
    defer { try? FileManager.default.removeItem(at: package) }
    let list = try await run(["list", "specs/partial.md"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(
      list.stdout
        == "S01\tGreeting\nS02\tBackground reader\nS03\tWatcher\nS04\tNotes\nS05\tLocked\n")
    #expect(list.stderr.isEmpty)
  }

  @Test func runRunsWhatLoweredAndReportsTheRestAsUnsupported() async throws {
    defer { try? FileManager.default.removeItem(at: package) }
    let logs = package.appendingPathComponent("logs")
    let result = try await run([
      "run", "specs/partial.md", "--qa-suffix", "t", "--output-dir", logs.path,
    ])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    #expect(
      Array(lines.prefix(2)) == ["S01 OK 0s Greeting", "S02 UNSUPPORTED 0s Background reader"])
    #expect(lines[2] == "    specs/partial.md:45:1: error: unsupported command 'coproc'")
    #expect(lines[3] == "S03 UNSUPPORTED 0s Watcher")
    #expect(lines[4].hasPrefix("    specs/partial.md:54:1: error: calls function 'watch_notes'"))
    #expect(lines[5] == "S04 OK 0s Notes")
    #expect(lines[6] == "S05 UNSUPPORTED 0s Locked")
    #expect(lines[7].contains("uses Auth-enabled runtime environment"))
    #expect(result.stdout.contains("RAW_LOG=\(logs.path)/release-e2e.raw.log"))
    // Lowering errors are shown with their scenarios, not again before the run.
    #expect(!result.stderr.contains("error:"), "\(result.stderr)")
    let summary = try String(
      contentsOf: logs.appendingPathComponent("release-e2e.summary.tsv"), encoding: .utf8)
    #expect(summary.contains("\nS02\tBackground reader\t2\tfalse\t0\t0\t"))
    #expect(summary.contains("\nS04\tNotes\t0\tfalse\t"))
  }
}
