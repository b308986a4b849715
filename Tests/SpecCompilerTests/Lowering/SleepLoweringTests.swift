import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct SleepLoweringTests {
  @Test(arguments: [
    ("sleep 2", Seconds.literal(2)),
    ("sleep 0.5", Seconds.literal(0.5)),
    ("sleep 1m 2s", Seconds.literal(62)),
    ("sleep 1h", Seconds.literal(3600)),
    ("sleep 1d", Seconds.literal(86400)),
    ("sleep 1e1", Seconds.literal(10)),
    ("sleep \"$DELAY\"", Seconds.template(Template([.variable("DELAY")]))),
  ])
  func durations(_ command: String, _ seconds: Seconds) {
    let (steps, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(steps.first?.action == .sleep(seconds))
  }

  @Test(arguments: [
    ("sleep", "sleep: missing operand"),
    ("sleep x", "sleep: invalid time interval 'x'"),
    ("sleep -1", "sleep: invalid time interval '-1'"),
    ("sleep 1 \"$D\"", "sleep with several operands needs literal durations"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
