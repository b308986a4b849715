import Testing

/// `eval` of literal text against bash 5.2: assignments, functions, loops and lists it defines
/// or runs stay in the current shell; its status is the last command's (0 for no text), and a
/// failure inside it ends the script under `set -e`.
@Suite struct EvalOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("an assignment", "eval \"x=1\"\necho \"$x\"\neval 'y=2; z=3'\necho \"$y$z\""),
    ShellOracleCase("words joined by spaces", "eval echo a   'b  c'\neval 'echo' \"'d  e'\""),
    ShellOracleCase(
      "a function defined by eval", "eval 'f() { echo \"in f $1\"; }'\nf a\neval f b"),
    ShellOracleCase(
      "a loop and a list", "eval 'for i in 1 2; do echo \"$i\"; done'\neval 'true && echo yes'"),
    ShellOracleCase("empty text", "eval ''\necho \"empty $?\"\neval\necho \"none $?\""),
    ShellOracleCase("the status", "eval false || echo \"status $?\"\neval 'exit 3'\necho never"),
    ShellOracleCase("a failure ends the script", "eval 'echo one\nfalse'\necho never"),
    ShellOracleCase(
      "in a function",
      "g() {\n  eval 'local v=inner; echo \"$v\"'\n  eval 'return 4'\n}\n"
        + "g || echo \"returned $?\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
