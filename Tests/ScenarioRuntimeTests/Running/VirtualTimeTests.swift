import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// `RunnerConfiguration.virtualTime`: a lone `sleep` moves the run's clock instead of waiting;
/// `date` and `$SECONDS` follow that clock; sleeps that something else of the scenario could
/// observe (a background job, `timeout`) keep real time.
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

  /// A job sleeping alongside: the shell's sleep is real, so the job's line comes first as in
  /// bash.
  @Test func aSleepBesideARunningJobTakesRealTime() async throws {
    let (outcome, elapsed) = try await Self.run(
      "{ sleep 0.3; echo job; } &\nsleep 0.8\necho main\nwait", virtual: true)
    #expect(outcome.passed)
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "job\nmain\n")
    #expect(elapsed >= .seconds(0.8))
  }

  /// Inside `timeout`, sleeps race the limit in real time: the limit still ends the command.
  @Test func timeoutStillStopsASleep() async throws {
    let (outcome, elapsed) = try await Self.run(
      "status=0\ntimeout 0.5 sleep 30 || status=$?\necho \"$status\"", virtual: true)
    #expect(outcome.passed)
    #expect(Self.numbers(outcome) == [124])
    #expect(elapsed >= .seconds(0.5))
  }

  /// Once the job ended, sleeps are virtual again.
  @Test func aJobThatEndedNoLongerHoldsTheClock() async throws {
    let (outcome, _) = try await Self.run(
      "true &\nwait\nsleep 700\necho \"$SECONDS\"", virtual: true)
    #expect(outcome.passed)
    #expect(Self.numbers(outcome) == [700])
  }
}
