import Testing

@testable import SpecCompiler

/// `env` forms the IR cannot express are positioned diagnostics, not silent drops.
@Suite struct EnvLoweringTests {
  @Test(arguments: [
    ("env", "env without a command is not supported"),
    ("env A=1", "env without a command is not supported"),
    ("env -i printenv A", "env -i (an empty environment) is not supported"),
    ("env --ignore-environment printenv A", "an empty environment"),
    ("env -0 printenv A", "env option '-0' is not supported"),
    ("env -u printenv", "env without a command is not supported"),
    ("env A=1 cd /tmp", "env runs programs; 'cd' is not one the runtime implements"),
    ("env A=1 printenv \"$A\"", "env changes a variable this word reads"),
    ("env -u B A=\"$B\" printenv A", "env changes a variable this word reads"),
    ("env A=1 printenv \"$(echo x)\"", "env changes a variable this word reads"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }

  @Test func lowersToASubshell() {
    let (steps, diagnostics) = Lowered.steps("env -u X A=1 printenv A")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    guard case .subshell(let inner)? = steps.first?.action else {
      Issue.record("not a subshell: \(steps)")
      return
    }
    #expect(inner.count == 3)
  }
}
