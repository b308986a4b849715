import Testing

/// `hash` (its status) and `shopt -s/-u/-q` for the options the runtime has (bash's defaults
/// for `bash -c`, with `inherit_errexit`) against bash 5.2.
@Suite struct HashShoptOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "hash of commands, builtins and functions",
      "f() { :; }\nhash curl jq && echo found\nhash -r\necho \"reset $?\"\nhash f echo\necho \"$?\"\n"
        + "hash -r curl\necho \"$?\""),
    ShellOracleCase(
      "shopt keeps the runner's options",
      "shopt -s inherit_errexit\necho \"$?\"\nshopt -q inherit_errexit && echo on\n"
        + "shopt -q extglob || echo \"off $?\"\nshopt -u nullglob failglob lastpipe\necho \"$?\"\n"
        + "shopt -s extquote\nshopt -q nullglob inherit_errexit || echo \"mixed $?\"\n"
        + "shopt -qs inherit_errexit && echo quiet"),
    ShellOracleCase(
      "inherit_errexit is in effect after shopt -s",
      "shopt -s inherit_errexit\nx=$(false; echo reached)\necho \"never $x\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
