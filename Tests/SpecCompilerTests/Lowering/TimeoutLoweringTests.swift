import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct TimeoutLoweringTests {
  @Test(arguments: [
    ("timeout 5 sleep 1", 5.0),
    ("timeout -s INT 1.5 sleep 1", 1.5),
    ("timeout --signal=SIGHUP -k 3 2m sleep 1", 120),
    ("timeout -k5s 1h sleep 1", 3600),
  ])
  func bounds(_ command: String, _ seconds: Double) {
    let (steps, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    guard case .timeout(let bound, let inner)? = steps.first?.action else {
      Issue.record("not a timeout: \(steps)")
      return
    }
    #expect(bound == seconds)
    #expect(inner.action == .sleep(1))
  }

  @Test(arguments: [
    ("timeout -s KILL 1 sleep 2", "timeout -s KILL is not supported"),
    ("timeout -s 9 1 sleep 2", "timeout -s KILL is not supported"),
    ("timeout -s BOGUS 1 sleep 2", "timeout: 'BOGUS': invalid signal"),
    ("timeout -k x 1 sleep 2", "timeout: invalid time interval 'x'"),
    ("timeout -v 1 sleep 2", "timeout option '-v' is not supported"),
    ("timeout 1x sleep 2", "timeout needs a literal duration"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
