import Foundation
import GatewaySimulator
import ScenarioRuntime
import SpecCompiler
import Testing

/// Virtual time against the simulator (`ScenarioClock` stepping `SimulatorTimeline`): curl's
/// `--max-time` while the simulator streams or pauses, sleeps beside jobs that talk to it,
/// and `timeout` around a transfer give the output real time gives. Each case runs the same
/// block once in real time and once in virtual time against fresh simulators (short pauses,
/// so the real run is quick), and compares; the long cases check the clock reading instead of
/// wall time.
@Suite struct VirtualTimeOnSimulatorTests {
  struct Run {
    var outcome: ScenarioOutcome
    var stdout: String { String(decoding: outcome.stdout, as: UTF8.self) }
    var stderr: String { String(decoding: outcome.stderr, as: UTF8.self) }
    /// How far the run's clock went, in whole seconds (the block's last line: `$SECONDS`).
    var seconds: Int? { stdout.split(separator: "\n").last.flatMap { Int($0) } }
  }

  /// Runs `block` (with `BASE` set to the main listener) against a fresh simulator whose live
  /// heartbeat is `heartbeat` and whose streams start after `latency`.
  static func run(
    _ block: String, virtual: Bool, heartbeat: Duration = .milliseconds(300),
    latency: Duration = .milliseconds(200), limit: Double = 600
  ) async throws -> Run {
    let markdown =
      "# Clock\n\n## Checks\n\n### S01 Waits\n\nWaits.\n\n```bash\n\(block)\necho \"$SECONDS\"\n```\n"
    let run = try await SimulatorClockRun(
      markdown, virtual: virtual, limit: limit, latency: latency, heartbeat: heartbeat)
    let outcome = await run.runner.run("S01")
    await run.finish()
    return Run(outcome: outcome)
  }

  /// Output without the clock line and with curl's elapsed milliseconds masked.
  static func comparable(_ run: Run) -> (Int32, String, String) {
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let stdout = lines.dropLast(2).joined(separator: "\n")
    let stderr = run.stderr.replacing(/after \d+ milliseconds/, with: "after _ milliseconds")
    return (run.outcome.status, stdout, stderr)
  }

  static func expectSame(_ block: String, heartbeat: Duration = .milliseconds(300)) async throws
    -> (real: Run, virtual: Run)
  {
    let real = try await run(block, virtual: false, heartbeat: heartbeat)
    let virtual = try await run(block, virtual: true, heartbeat: heartbeat)
    let (a, b) = (comparable(real), comparable(virtual))
    #expect(a.0 == b.0, "status: real \(a.0), virtual \(b.0)")
    #expect(a.1 == b.1, "stdout:\n--- real\n\(a.1)\n--- virtual\n\(b.1)")
    #expect(a.2 == b.2, "stderr:\n--- real\n\(a.2)\n--- virtual\n\(b.2)")
    #expect(real.seconds == virtual.seconds)
    return (real, virtual)
  }

  static let live = "curl -sS -N \"$BASE/admin/live/logs?cursor=999999999\""

  /// curl's `--max-time` against a feed that only sends heartbeats: the same heartbeats and
  /// the same `(28)` failure.
  @Test func maxTimeAgainstAHeartbeatFeedEndsAsInRealTime() async throws {
    let block = """
      \(Self.live) --max-time 4 > "$QA_RUN_DIR/live.sse" || echo "exit $?"
      grep -c '^event: heartbeat' "$QA_RUN_DIR/live.sse"
      """
    let (_, virtual) = try await Self.expectSame(block, heartbeat: .milliseconds(1500))
    #expect(virtual.stdout.hasPrefix("exit 28\n2\n"), "\(virtual.stdout)")
  }

  /// A 30 s `--max-time` against a stalled stream completes, and the clock says 30 s went by.
  @Test func aLongMaxTimeMovesTheClock() async throws {
    let block = """
      \(Self.live) --max-time 30 > "$QA_RUN_DIR/live.sse" || echo "exit $?"
      grep -c '^event: heartbeat' "$QA_RUN_DIR/live.sse"
      """
    let virtual = try await Self.run(block, virtual: true, heartbeat: .seconds(7), limit: 20)
    #expect(virtual.outcome.passed, "\(virtual.stderr)")
    #expect(virtual.stdout == "exit 28\n4\n30\n", "\(virtual.stdout)")
    #expect(
      virtual.stderr.contains(/\(28\) Operation timed out after 30\d{3} milliseconds/),
      "\(virtual.stderr)")
  }

  /// A background subscriber, a sleep beside it, a chat the feed reports, another sleep, then
  /// `kill` and `wait`: the live-preview scenarios' shape.
  @Test func sleepsBesideASubscribingJobKeepTheOrderOfEvents() async throws {
    let block = """
      \(Self.live.replacing("?cursor=999999999", with: "")) --max-time 3 > "$QA_RUN_DIR/live.sse" &
      pid=$!
      sleep 0.3
      curl -sS "$BASE/v1/chat/completions" -H 'Content-Type: application/json' \\
        -d '{"model":"gpt-4.1-nano","messages":[{"role":"user","content":"Reply with exactly OK"}]}' \\
        | jq -r '.choices[0].message.content'
      sleep 1
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || echo "job $?"
      grep -c '^event: heartbeat' "$QA_RUN_DIR/live.sse"
      grep -o '^event: [a-z.]*' "$QA_RUN_DIR/live.sse" | grep -v heartbeat
      """
    let (_, virtual) = try await Self.expectSame(block, heartbeat: .milliseconds(600))
    #expect(virtual.stdout.hasPrefix("OK\njob 143\n2\n"), "\(virtual.stdout)")
  }

  /// `timeout` around a transfer whose stream has not started: stopped with 124, and the
  /// simulator audits the stream as cut by the client once it notices, before a later sleep
  /// ends.
  @Test func timeoutAroundAStreamStopsItAsInRealTime() async throws {
    let block = """
      timeout 0.1 curl -sS -N "$BASE/v1/chat/completions" -H 'X-Request-ID: cut-1' \\
        -H 'Content-Type: application/json' \\
        -d '{"model":"gpt-4.1-nano","stream":true,"messages":[{"role":"user","content":"Hi"}]}' \\
        || echo "timeout $?"
      sleep 1
      curl -sS "$BASE/admin/audit/log?search=cut-1" | jq -r '.entries[] | .error_type'
      """
    let (_, virtual) = try await Self.expectSame(block)
    #expect(virtual.stdout.hasPrefix("timeout 124\nclient_disconnected\n"), "\(virtual.stdout)")
  }
}
