import Foundation
import SpecCompiler
import SpecModel
import Testing

@testable import ScenarioRuntime

/// `DocumentRunner.run(_:jobs:stopOnFailure:)`: scenarios run at once where nothing orders
/// them, keep their order where a need or an ordering edge does, and are reported in the serial
/// order.
@Suite struct ConcurrentRunTests {
  /// S01 writes the file, S02 reads it after a second (it needs S01), S03 overwrites it: only an
  /// ordering edge (S03 after S02, which reads what S03 changes) keeps S02 reading S01's line.
  /// S04 and S05 only sleep.
  static let markdown = """
    # Concurrent

    ## Common environment

    ```bash
    export SHARED="$QA_RUN_DIR/shared.txt"
    ```

    ## Checks

    ### S01 Write

    ```bash
    printf 'one\\n' > "$SHARED"
    ```

    ### S02 Read later

    ```bash
    sleep 1
    cat "$SHARED"
    ```

    ### S03 Overwrite

    ```bash
    printf 'three\\n' > "$SHARED"
    ```

    ### S04 Wait

    ```bash
    sleep 1
    echo four
    ```

    ### S05 Wait too

    ```bash
    sleep 1
    echo five
    ```
    """

  static func runner() throws -> DocumentRunner {
    let output = DocumentCompiler.compile(markdown: markdown, file: "concurrent.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let directory = Snippet.temporaryDirectory()
    let configuration = RunnerConfiguration(
      documentStem: "concurrent", environment: Snippet.baseVariables(home: directory),
      qaSuffix: "test", runDirectory: directory + "/run",
      timeout: DocumentRunnerTests.generousLimit, keepArtifacts: false,
      workingDirectory: directory, transport: FakeTransport())
    return DocumentRunner(
      compiled, configuration: configuration)
  }

  @Test func orderedScenariosKeepTheirOrderAndAreReportedInSerialOrder() async throws {
    let runner = try Self.runner()
    let reported = Reported()
    await runner.onScenarioFinished { reported.add($0.id) }
    let started = ContinuousClock.now
    let outcomes = await runner.run(["S01", "S02", "S03", "S04", "S05"], jobs: 4)
    let elapsed = ContinuousClock.now - started
    await runner.finish()
    #expect(outcomes.map(\.id) == ["S01", "S02", "S03", "S04", "S05"])
    #expect(outcomes.filter { !$0.passed }.isEmpty, "\(outcomes.map(\.failureMessage))")
    #expect(String(decoding: outcomes[1].stdout, as: UTF8.self) == "one\n")
    #expect(reported.ids == ["S01", "S02", "S03", "S04", "S05"], "released in serial order")
    // No wall-clock bound: other tests of the process may hold the cooperative pool. That S04
    // and S05 wait for nothing is `thePlanFollowsNeedsAndOrderingEdges`; the whole-matrix
    // timings are printed by ConcurrentRunOnSimulatorTests.
    _ = elapsed
  }

  @Test func oneJobIsTheSerialRun() async throws {
    let runner = try Self.runner()
    let outcomes = await runner.run(["S02", "S03"], jobs: 1)
    await runner.finish()
    #expect(outcomes.map(\.id) == ["S02", "S03"])
    #expect(String(decoding: outcomes[0].stdout, as: UTF8.self) == "one\n")
  }

  /// The plan of the document: S02 after S01 (a need), S03 after S02 (it overwrites what S02
  /// reads; after S01 through S02's need, an edge the inference does not repeat), S04 and S05
  /// free.
  @Test func thePlanFollowsNeedsAndOrderingEdges() throws {
    let output = DocumentCompiler.compile(markdown: Self.markdown, file: "concurrent.md")
    let compiled = try #require(output.compiled)
    let loaded = compiled
    let whole = ConcurrentPlan(loaded, selected: ["S01", "S02", "S03", "S04", "S05"])
    #expect(whole.order == ["S01", "S02", "S03", "S04", "S05"])
    #expect(whole.predecessors["S02"] == ["S01"])
    #expect(whole.predecessors["S03"] == ["S02"])
    #expect(whole.predecessors["S04"] == nil)
    #expect(whole.predecessors["S05"] == nil)
    // A selection out of document order: its serial order decides which of S03 and S01 goes
    // first, never both at once.
    let reversed = ConcurrentPlan(loaded, selected: ["S03", "S01"])
    #expect(reversed.order == ["S03", "S01"])
    #expect(reversed.predecessors["S01"] == ["S03"])
  }

  /// C is ordered after B, B after A (an ordering edge) and B needs Z; run without B, C still
  /// comes after A and Z.
  @Test func anOrderThroughAScenarioThatDoesNotRunCarriesOver() {
    let scenarios = [
      Scenario(id: "Z", title: "z"),
      Scenario(id: "A", title: "a"),
      Scenario(
        id: "B", title: "b", needs: [Need(scenario: "Z", reason: .declared, detail: "z")],
        after: [Ordering(scenario: "A", reason: .file, detail: "f")]),
      Scenario(
        id: "C", title: "c", after: [Ordering(scenario: "B", reason: .file, detail: "f")]),
    ]
    let loaded = CompiledDocument(
      document: SpecDocument(source: "x.md", title: "x", environments: [], sections: []),
      scenarios: scenarios, sourceMap: SourceMap(source: "x.md", headings: []))
    let plan = ConcurrentPlan(loaded, selected: ["Z", "A", "C"])
    #expect(plan.order == ["Z", "A", "C"])
    #expect(plan.predecessors["C"] == ["Z", "A"])
    #expect(plan.predecessors["A"] == nil)
  }

  @Test func stopOnFailureStartsNothingAfterTheFailure() async throws {
    let failing = Self.markdown.replacingOccurrences(
      of: "printf 'one\\n' > \"$SHARED\"", with: "printf 'one\\n' > \"$SHARED\"; false")
    #expect(failing != Self.markdown)
    let output = DocumentCompiler.compile(markdown: failing, file: "concurrent.md")
    let compiled = try #require(output.compiled)
    let directory = Snippet.temporaryDirectory()
    let runner = DocumentRunner(
      compiled,
      configuration: RunnerConfiguration(
        documentStem: "concurrent", environment: Snippet.baseVariables(home: directory),
        qaSuffix: "test", runDirectory: directory + "/run",
        timeout: DocumentRunnerTests.generousLimit, keepArtifacts: false,
        workingDirectory: directory, transport: FakeTransport()))
    let outcomes = await runner.run(["S01", "S02", "S03"], jobs: 1, stopOnFailure: true)
    await runner.finish()
    #expect(outcomes.map(\.id) == ["S01"])
    // Concurrently, S02 and S03 wait for S01: nothing else starts after it fails.
    let again = DocumentRunner(
      compiled,
      configuration: RunnerConfiguration(
        documentStem: "concurrent", environment: Snippet.baseVariables(home: directory),
        qaSuffix: "test2", runDirectory: directory + "/run2",
        timeout: DocumentRunnerTests.generousLimit, keepArtifacts: false,
        workingDirectory: directory, transport: FakeTransport()))
    let concurrent = await again.run(["S01", "S02", "S03"], jobs: 4, stopOnFailure: true)
    await again.finish()
    #expect(concurrent.map(\.id) == ["S01"])
  }
}

/// The ids handed to `onScenarioFinished`, in order.
private final class Reported: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []
  func add(_ id: String) { lock.withLock { list.append(id) } }
  var ids: [String] { lock.withLock { list } }
}
