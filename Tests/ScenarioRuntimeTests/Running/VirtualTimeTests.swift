import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// `RunnerConfiguration.virtualTime`: sleeps, `timeout` and `wait` move the run's clock
/// instead of waiting (`ScenarioClock`), in the order real time gives; `date` and `$SECONDS`
/// follow that clock. Against the simulator: `VirtualTimeOnSimulatorTests`.
@Suite struct VirtualTimeTests {
  /// The scenario limit of these runs: sleeps longer than this pass only if they are skipped.
  static let limit: Double = 600

  static func run(_ block: String, virtual: Bool) async throws -> (ScenarioOutcome, Duration) {
    let markdown = "# Clock\n\n## Checks\n\n### S01 Sleeps\n\nSleeps.\n\n```bash\n\(block)\n```\n"
    let output = DocumentCompiler.compile(markdown: markdown, file: "clock.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var configuration = RunnerConfiguration(
      documentStem: "clock", environment: Snippet.baseVariables(home: directory),
      qaSuffix: "test", runDirectory: directory + "/run",
      timeout: limit, keepArtifacts: false,
      workingDirectory: directory, transport: FakeTransport())
    configuration.virtualTime = virtual
    let runner = DocumentRunner(
      compiled,
      configuration: configuration)
    let start = ContinuousClock.now
    let outcome = await runner.run("S01")
    let elapsed = ContinuousClock.now - start
    await runner.finish()
    return (outcome, elapsed)
  }

  static func numbers(_ outcome: ScenarioOutcome) -> [Int] {
    String(decoding: outcome.stdout, as: UTF8.self).split(whereSeparator: \.isWhitespace)
      .compactMap { Int($0) }
  }

  /// Two sleeps that together outlast the scenario's limit: waited out, the scenario would time
  /// out; skipped, it passes and the clock says they went by.
  @Test func aLoneSleepMovesTheClockInsteadOfWaiting() async throws {
    let (outcome, _) = try await Self.run(
      "before=$(date +%s)\nsleep 400\nsleep 300\nafter=$(date +%s)\necho \"$before $after $SECONDS\"",
      virtual: true)
    #expect(outcome.passed, "\(String(decoding: outcome.stderr, as: UTF8.self))")
    #expect(!outcome.timedOut)
    let values = Self.numbers(outcome)
    try #require(values.count == 3)
    #expect((700...701).contains(values[1] - values[0]))
    #expect((700...701).contains(values[2]))
  }

  @Test func realTimeWaits() async throws {
    let (outcome, elapsed) = try await Self.run("sleep 1.2\necho \"$SECONDS\"", virtual: false)
    #expect(outcome.passed)
    #expect(elapsed >= .seconds(1.2))
    #expect(Self.numbers(outcome) == [1])
  }

  /// Runs `block` in real time and in virtual time: the same status and output.
  static func expectSame(_ block: String) async throws -> ScenarioOutcome {
    let (real, _) = try await run(block, virtual: false)
    let (virtual, _) = try await run(block, virtual: true)
    #expect(real.status == virtual.status)
    #expect(
      String(decoding: real.stdout, as: UTF8.self)
        == String(decoding: virtual.stdout, as: UTF8.self))
    #expect(
      String(decoding: real.stderr, as: UTF8.self)
        == String(decoding: virtual.stderr, as: UTF8.self))
    return virtual
  }

  /// Jobs sleeping alongside the shell: their lines come in the order the sleeps end, as in
  /// bash, in virtual time as in real time.
  @Test func sleepsBesideRunningJobsKeepBashOrder() async throws {
    let outcome = try await Self.expectSame(
      """
      { sleep 0.5; echo job1; sleep 2.5; echo job1b; } &
      { sleep 1.5; echo job2; } &
      sleep 2.5
      echo main
      wait
      echo done
      """)
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "job1\njob2\nmain\njob1b\ndone\n")
  }

  /// Sleeps beside a job longer than the scenario limit pass only if they move the clock.
  @Test func sleepsBesideAJobMoveTheClock() async throws {
    let (outcome, _) = try await Self.run(
      "{ sleep 400; echo job; } &\nsleep 300\necho main\nwait\necho \"$SECONDS\"",
      virtual: true)
    #expect(outcome.passed, "\(String(decoding: outcome.stderr, as: UTF8.self))")
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "main\njob\n400\n")
  }

  /// `timeout` stops a sleep with 124 at its limit, in virtual time as in real time.
  @Test func timeoutStillStopsASleep() async throws {
    let outcome = try await Self.expectSame(
      "status=0\ntimeout 0.5 sleep 30 || status=$?\necho \"$status\"")
    #expect(Self.numbers(outcome) == [124])
  }

  /// A `timeout` whose limit is longer than the scenario's: the command ends first, and the
  /// clock reads what both waits took.
  @Test func timeoutMovesTheClock() async throws {
    let (outcome, _) = try await Self.run(
      "timeout 500 sleep 300; echo $?\ntimeout 300 sleep 500 || echo $?\necho \"$SECONDS\"",
      virtual: true)
    #expect(outcome.passed, "\(String(decoding: outcome.stderr, as: UTF8.self))")
    #expect(Self.numbers(outcome) == [0, 124, 600])
  }

  /// `wait -n` reports the job that ends first on the clock.
  @Test func waitForTheNextJobFollowsTheClock() async throws {
    let outcome = try await Self.expectSame(
      "{ sleep 1.5; exit 3; } &\n{ sleep 0.3; exit 4; } &\nwait -n || echo $?\nwait -n || echo $?")
    #expect(Self.numbers(outcome) == [4, 3])
    let (long, _) = try await Self.run(
      "{ sleep 500; exit 3; } &\n{ sleep 200; exit 4; } &\nwait -n || echo $?\necho \"$SECONDS\"",
      virtual: true)
    #expect(Self.numbers(long) == [4, 200])
  }

  /// Once the job ended, sleeps are virtual again.
  @Test func aJobThatEndedNoLongerHoldsTheClock() async throws {
    let (outcome, _) = try await Self.run(
      "true &\nwait\nsleep 700\necho \"$SECONDS\"", virtual: true)
    #expect(outcome.passed)
    #expect(Self.numbers(outcome) == [700])
  }
}
