import Testing

/// `&&`/`||` lists mixing both operators (left-associative, equal precedence, `set -e` only
/// after the last operator), `[ … ]` with `!` chains and `-a` over `-o`, and `[[ … ]]` with `!`
/// chains and `&&` over `||`: compiled, run in-process and compared with bash 5.2, long chains
/// included.
@Suite struct ListOracleTests {
  /// `[ … ]` or `[[ … ]]`: prints `t`, or `f` with the status.
  static func verdict(_ test: String) -> String {
    "\(test) && echo t || echo \"f $?\""
  }

  static let cases: [ShellOracleCase] = [
    ShellOracleCase("and then or", "true && false || echo rescued\necho after"),
    ShellOracleCase("or then and", "false || true && echo both\necho after"),
    ShellOracleCase("skipped and, taken or", "false && echo no || echo yes"),
    ShellOracleCase("skipped or, taken and", "true || echo no && echo yes"),
    ShellOracleCase("failing last operand exits", "true || false && false\necho never"),
    ShellOracleCase(
      "failing middle operand does not exit", "false && true || false && echo x\necho \"after $?\""),
    ShellOracleCase(
      "skipped last operand keeps the status", "false || false && echo x\necho \"after $?\""),
    ShellOracleCase(
      "long alternating list",
      Array(repeating: "false && echo no", count: 500).joined(separator: " || ") + " || echo end"),
    ShellOracleCase(
      "long and list", Array(repeating: "echo x", count: 500).joined(separator: " && ")),
    ShellOracleCase("[ ! ! a ]", verdict("[ ! ! a ]")),
    ShellOracleCase("[ ! ! ! a ]", verdict("[ ! ! ! a ]")),
    ShellOracleCase("[ ! ! ! ! -n \"\" ]", verdict("[ ! ! ! ! -n \"\" ]")),
    ShellOracleCase("[ ! a -a b ]", verdict("[ ! a -a b ]")),
    ShellOracleCase("-a binds tighter than -o", verdict("[ \"\" -o a -a \"\" ]")),
    ShellOracleCase("-o of -a runs", verdict("[ a -o \"\" -a \"\" ]")),
    ShellOracleCase("-a and -o chain", verdict("[ a -a b -o \"\" -a c -o \"\" ]")),
    ShellOracleCase("[[ ! ! a ]]", verdict("[[ ! ! a ]]")),
    ShellOracleCase("[[ ! ! ! -n a ]]", verdict("[[ ! ! ! -n a ]]")),
    ShellOracleCase("[[ && binds tighter than || ]]", verdict("[[ \"\" || a && \"\" ]]")),
    ShellOracleCase("[[ || of && runs ]]", verdict("[[ a && \"\" || b ]]")),
    ShellOracleCase("[[ ! binds to one term ]]", verdict("[[ ! \"\" && a ]]")),
    ShellOracleCase("[[ parentheses ]]", verdict("[[ ! ( a && \"\" ) || \"\" ]]")),
    ShellOracleCase(
      "301 ! in [", verdict("[ " + String(repeating: "! ", count: 301) + "a ]")),
    ShellOracleCase(
      "300 ! in [[", verdict("[[ " + String(repeating: "! ", count: 300) + "a ]]")),
    ShellOracleCase(
      "long -a chain ending false",
      verdict("[ " + Array(repeating: "a", count: 2_000).joined(separator: " -a ") + " -a \"\" ]")),
    ShellOracleCase(
      "long -o/-a chain",
      verdict(
        "[ " + Array(repeating: "a -a \"\"", count: 1_000).joined(separator: " -o ")
          + " -o b -a c ]")),
    ShellOracleCase(
      "long [[ ||/&& chain",
      verdict(
        "[[ " + Array(repeating: "a && \"\"", count: 1_000).joined(separator: " || ") + " ]]")),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
