import Foundation
import ScenarioRuntime
import SpecCompiler
import SpecModel
import Testing

/// Every scenario of the real documents (`../shared/corpus`, read in place), run against a
/// server that cannot be reached: the interpreter must get through each one without an
/// unknown function or an unbound variable of its own making, and in bounded time.
@Suite struct CorpusSmokeTests {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../../../shared/corpus")
    .standardizedFileURL.path

  static let files = [
    "release-e2e-scenarios.2026-04-02.md",
    "release-e2e-scenarios.2026-05-24.md",
    "release-e2e-scenarios.2026-06-25.md",
  ]

  static var isPresent: Bool { FileManager.default.fileExists(atPath: directory) }

  @Test(
    .enabled(if: isPresent, "corpus not found at ../shared/corpus"),
    .timeLimit(.minutes(2)), arguments: files)
  func everyScenarioRuns(_ file: String) async throws {
    let text = try String(contentsOfFile: Self.directory + "/" + file, encoding: .utf8)
    let output = DocumentCompiler.compile(markdown: text, file: file)
    // Every scenario lowers: an unsupported one (no steps) would pass without running.
    try #require(!output.hasErrors, "\(output.diagnostics)")
    let compiled = try #require(output.compiled)
    let work = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: work) }
    try "GOMODEL_MASTER_KEY=master\nOPENAI_API_KEY='sk-test'\n".write(
      toFile: work + "/.env", atomically: true, encoding: .utf8)
    let results = await withTaskGroup(of: (String, ExecutionResult).self) { group in
      for scenario in compiled.scenarios {
        let environments = compiled.document.environments.filter {
          scenario.environments.contains($0.id)
        }
        group.addTask {
          let context = ExecutionContext(
            variables: [
              "PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8",
              "QA_RUN_DIR": work + "/run-" + scenario.id,
            ],
            workingDirectory: work, processID: 777, transport: FakeTransport(),
            // The documents' sleeps and polling loops move a clock of the scenario's own.
            clock: ScenarioClock(virtual: true))
          return (
            scenario.id,
            await ScenarioInterpreter.run(
              environments: environments, scenario: scenario, context: context)
          )
        }
      }
      var all: [(String, ExecutionResult)] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == compiled.scenarios.count)
    for (id, result) in results {
      #expect(!result.err.contains("command not found"), "\(id): \(result.err)")
      #expect(!result.err.contains("unbound variable"), "\(id): \(result.err)")
      #expect((result.failure == nil) == (result.status == 0), "\(id)")
    }
  }
}
