import Foundation
import GatewaySimulator
import ScenarioRuntime
import SpecCompiler
import Testing

/// Scenarios that run at once against the simulator share its virtual clock: four scenarios
/// that sleep minutes between requests end within a real-time limit of 60 s, each passing, and
/// each reads on `$SECONDS` the minutes its own sleeps took (not the others').
@Suite struct ConcurrentVirtualTimeTests {
  static func scenario(_ number: Int, sleeps: [Int]) -> String {
    let waits = sleeps.map { "sleep \($0)\n" + Self.chat(number) }.joined(separator: "\n")
    return
      "### S0\(number) Sleeps \(number)\n\nSleeps.\n\n```bash\n\(waits)\necho \"$SECONDS\"\n```\n"
  }

  static func chat(_ number: Int) -> String {
    """
    curl -sS "$BASE/v1/chat/completions" -H 'Content-Type: application/json' \\
      -d '{"model":"gpt-4.1-nano","messages":[{"role":"user","content":"Reply with exactly S\(number)"}]}' \\
      | jq -r '.choices[0].message.content'
    """
  }

  @Test func scenariosRunAtOnceShareTheVirtualClock() async throws {
    let sleeps = [[120, 60], [300], [30, 30, 30], [240, 1]]
    let markdown =
      "# Clock\n\n## Checks\n\n"
      + sleeps.enumerated().map { Self.scenario($0.offset + 1, sleeps: $0.element) }.joined(
        separator: "\n")
    let run = try await SimulatorClockRun(markdown, virtual: true, limit: 60)
    let outcomes = await run.runner.run(["S01", "S02", "S03", "S04"], jobs: 4)
    await run.finish()
    #expect(outcomes.map(\.id) == ["S01", "S02", "S03", "S04"])
    for (index, outcome) in outcomes.enumerated() {
      let stdout = String(decoding: outcome.stdout, as: UTF8.self)
      let replies = Array(repeating: "S\(index + 1)\n", count: sleeps[index].count).joined()
      let seconds = sleeps[index].reduce(0, +)
      #expect(outcome.passed, "\(outcome.id): \(String(decoding: outcome.stderr, as: UTF8.self))")
      #expect(stdout == replies + "\(seconds)\n", "\(outcome.id): \(stdout)")
    }
  }
}
