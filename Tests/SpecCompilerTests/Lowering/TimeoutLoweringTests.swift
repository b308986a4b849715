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
    guard case .timeout(let bound, let inner, let expiredStatus)? = steps.first?.action else {
      Issue.record("not a timeout: \(steps)")
      return
    }
    #expect(bound == seconds)
    #expect(inner.action == .sleep(1))
    #expect(expiredStatus == 124)
  }

  /// `--preserve-status`: the status when the time runs out is the command's, killed by the
  /// signal sent.
  @Test(
    arguments: [
      ("timeout --preserve-status 1 sleep 1", 143),
      ("timeout --preserve-status -s INT 1 sleep 1", 130),
      ("timeout -s HUP --preserve-status -k 2 1 sleep 1", 129),
    ] as [(String, Int32)])
  func preservedStatus(_ command: String, _ status: Int32) {
    let (steps, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    guard case .timeout(_, _, let expiredStatus)? = steps.first?.action else {
      Issue.record("not a timeout: \(steps)")
      return
    }
    #expect(expiredStatus == status)
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
