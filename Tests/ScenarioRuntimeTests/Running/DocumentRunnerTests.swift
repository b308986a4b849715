import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// `DocumentRunner`: needs first, setup once per run or replayed per scenario, timeouts.
@Suite struct DocumentRunnerTests {
  /// The limit of in-process runs that test something else than limits. The limit's timer is
  /// real time, independent of Swift's cooperative pool, while the scenario's work runs on that
  /// pool: when other tests of the process hold its threads (synchronous process spawns), a
  /// scenario can wait minutes to run, and a short limit would fail it for nothing.
  static let generousLimit: Double = 900
  /// A setup that deletes what S01 writes and prints a line, as some published documents do.
  static let markdown = """
    # Runner

    ## Common environment

    ```bash
    export STATE_FILE="$QA_RUN_DIR/state.txt"
    rm -f "$STATE_FILE"
    echo "setup ran"
    ```

    ## Checks

    ### S01 Write state

    Writes the state file.

    ```bash
    printf 'written\\n' > "$STATE_FILE"
    ```

    ### S02 Read state

    Reads it back. Needs: S01

    ```bash
    cat "$STATE_FILE"
    ```
    """

  static func runner(
    _ markdown: String = markdown, setup: RunnerConfiguration.SetupReplay,
    timeout: Double = Self.generousLimit
  ) throws -> (DocumentRunner, String) {
    let output = DocumentCompiler.compile(markdown: markdown, file: "runner.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let directory = Snippet.temporaryDirectory()
    let configuration = RunnerConfiguration(
      documentStem: "runner", environment: Snippet.baseVariables(home: directory),
      qaSuffix: "test", runDirectory: directory + "/run", timeout: timeout,
      keepArtifacts: false, workingDirectory: directory, setup: setup,
      transport: FakeTransport())
    let loaded = compiled
    return (DocumentRunner(loaded, configuration: configuration), directory)
  }

  @Test func setupRunsOnceSoAnEarlierScenariosFilesSurvive() async throws {
    let (runner, directory) = try Self.runner(setup: .once)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await runner.run("S02")
    #expect(outcome.passed)
    #expect(outcome.failedNeeds.isEmpty)
    // Each scenario shows the setup's output first, as if it had just run.
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "setup ran\nwritten\n")
  }

  @Test func replayedSetupDeletesThemAsTheBashRunnerDoes() async throws {
    let (runner, directory) = try Self.runner(setup: .every)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await runner.run("S02")
    #expect(outcome.status == 1)
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "setup ran\n")
    #expect(String(decoding: outcome.stderr, as: UTF8.self).contains("No such file or directory"))
  }

  @Test func aSetupThatExitsFailsEveryScenarioWithItsMessage() async throws {
    let markdown = Self.markdown.replacingOccurrences(
      of: "echo \"setup ran\"", with: "echo 'error: no fixture' >&2\nexit 3")
    let (runner, directory) = try Self.runner(markdown, setup: .once)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for id in ["S01", "S02"] {
      let outcome = await runner.run(id)
      #expect(outcome.status == 3)
      #expect(String(decoding: outcome.stderr, as: UTF8.self) == "error: no fixture\n")
    }
  }

  @Test func variablesAndFunctionsFromSetupReachEveryScenario() async throws {
    let markdown = """
      # Runner

      ## Common environment

      ```bash
      export GREETING=hello
      greet() { echo "$GREETING $1"; }
      ```

      ## Checks

      ### S01 First

      Greets.

      ```bash
      greet one
      GREETING=changed
      ```

      ### S02 Second

      Greets again: S01's assignment stays in S01.

      ```bash
      greet two
      ```
      """
    let (runner, directory) = try Self.runner(markdown, setup: .once)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(String(decoding: await runner.run("S01").stdout, as: UTF8.self) == "hello one\n")
    #expect(String(decoding: await runner.run("S02").stdout, as: UTF8.self) == "hello two\n")
  }

  /// A setup that would sleep for an hour ends at the timeout; every scenario after it fails
  /// at once with the setup's result (the time limit catches a hang).
  @Test(.timeLimit(.minutes(2))) func aSetupThatHangsTimesOutInsteadOfHangingTheRun() async throws {
    let markdown = Self.markdown.replacingOccurrences(
      of: "echo \"setup ran\"", with: "sleep 3600")
    let (runner, directory) = try Self.runner(markdown, setup: .once, timeout: 0.5)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let first = await runner.run("S01")
    let second = await runner.run("S02")
    #expect(!first.passed && !second.passed)
    #expect(first.status == 124)
    #expect(String(decoding: second.stderr, as: UTF8.self).contains("timed out after 0.5 s"))
  }

  /// In-process, the limit cancels a busy shell loop at its next iteration: the scenario keeps
  /// what it printed before, and the next scenario runs.
  @Test(.timeLimit(.minutes(1))) func aBusyLoopTimesOutKeepingItsOutput() async throws {
    let markdown = """
      # Runner

      ## Checks

      ### S01 Spins

      Never ends.

      ```bash
      echo before
      while :; do :; done
      ```

      ### S02 Passes

      Ends.

      ```bash
      echo fine
      ```
      """
    // Long enough for the script to start on a busy machine before its limit.
    let (runner, directory) = try Self.runner(markdown, setup: .once, timeout: 2)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spun = await runner.run("S01")
    #expect(spun.timedOut && spun.status == 124)
    #expect(String(decoding: spun.stdout, as: UTF8.self) == "before\n")
    #expect(String(decoding: spun.stderr, as: UTF8.self).hasSuffix("S01: timed out after 2 s\n"))
    #expect(await runner.run("S02").passed)
  }

  /// In a worker process, CPU-bound work (a jq program that loops: no cancellation point) is
  /// killed at the limit with the worker; the next scenario gets a fresh worker, which runs
  /// the setup again.
  @Test(
    .enabled(if: ScenarioWorker.locate() != nil, "spec-compiler not built next to the tests"),
    .timeLimit(.minutes(1)))
  func aWorkerKilledAtTheLimitIsReplacedAndRunsTheSetupAgain() async throws {
    let markdown = """
      # Runner

      ## Common environment

      ```bash
      export GREETING=hello
      ```

      ## Checks

      ### S01 Loops in jq

      Never ends.

      ```bash
      echo "$GREETING one"
      jq -n 'last(range(1e15))'
      ```

      ### S02 Passes

      Ends.

      ```bash
      echo "$GREETING two"
      ```
      """
    let output = DocumentCompiler.compile(markdown: markdown, file: "runner.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let configuration = RunnerConfiguration(
      documentStem: "runner", environment: Snippet.baseVariables(home: directory),
      qaSuffix: "test", runDirectory: directory + "/run", timeout: 1, keepArtifacts: false,
      workingDirectory: directory, transport: FakeTransport())
    let runner = DocumentRunner(
      compiled,
      configuration: configuration, worker: ScenarioWorker.locate())
    let started = ContinuousClock.now
    let looped = await runner.run("S01")
    #expect(looped.timedOut && looped.status == 124)
    #expect(String(decoding: looped.stdout, as: UTF8.self) == "hello one\n")
    let passed = await runner.run("S02")
    #expect(passed.passed, "\(passed.failureMessage)")
    #expect(String(decoding: passed.stdout, as: UTF8.self) == "hello two\n")
    #expect(ContinuousClock.now - started < .seconds(120))
    runner.worker?.shutdown()
  }
}
