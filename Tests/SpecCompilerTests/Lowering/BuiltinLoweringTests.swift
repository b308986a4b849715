import Testing

@testable import SpecCompiler

/// Forms of `getopts`, `command`/`builtin`, `pwd`, `hash`, `shopt` and `eval` the runtime does not run
/// are positioned diagnostics; the forms it runs lower without one.
@Suite struct BuiltinLoweringTests {
  @Test(arguments: [
    ("getopts ab", "getopts: usage: getopts optstring name [arg ...]"),
    ("builtin curl -s x", "builtin: curl: not a shell builtin"),
    ("command \"$c\" x", "the command name must be literal"),
    ("set -x\ncommand echo x", "'command NAME'"),
    ("pwd -x", "pwd option '-x' is not supported"),
    ("hash", "hash without a name"),
    ("hash docker", "hash: docker: not a command the runtime runs"),
    ("shopt -s nullglob", "'shopt -s nullglob' is not supported"),
    ("shopt -u inherit_errexit", "'shopt -u inherit_errexit' is not supported"),
    ("shopt -s nosuch", "shopt: nosuch: invalid shell option name"),
    ("shopt", "shopt needs -s, -u or -q"),
    ("eval \"$(printf x=1)\"", "eval of text known only at run time is not supported"),
    ("eval \"$CMD\"", "eval of text known only at run time is not supported"),
    ("eval 'if true'", "eval: "),
    ("eval 'coproc x'", "unsupported command 'coproc'"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }

  @Test(arguments: [
    "getopts \"ab:\" opt", "getopts ab opt \"$@\"", "command curl -s http://x", "builtin cd /",
    "command -- echo x", "pwd -P", "hash -r", "hash curl echo", "shopt -s inherit_errexit",
    "shopt -q extglob", "shopt -u nullglob", "eval 'x=1; echo \"$x\"'", "eval",
  ])
  func supportedFormsLower(_ command: String) {
    let (steps, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(!steps.isEmpty)
  }
}
