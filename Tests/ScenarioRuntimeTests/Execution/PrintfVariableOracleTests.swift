import Testing

/// `printf -v NAME FORMAT ARGUMENT…` against bash 5.2: the text assigned instead of printed,
/// trailing newlines kept, the format reused over the arguments, `"${a[@]}"` arguments, errors
/// and a `printf -v` in a pipeline stage (a subshell: the variable is lost).
@Suite struct PrintfVariableOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("plain", "printf -v out '%s-%s' a b\necho \"[$out]\""),
    ShellOracleCase("keeps trailing newlines", "printf -v out 'x\\n\\n'\necho \"[$out]\""),
    ShellOracleCase("format reused", "printf -v out '<%s>' a b c\necho \"$out\""),
    ShellOracleCase("padding", "printf -v out '%05d|%-4s|' 42 ab\necho \"$out\""),
    ShellOracleCase(
      "from an array", "a=(x \"y z\")\nprintf -v out '[%s]' \"${a[@]}\"\necho \"$out\""),
    ShellOracleCase("-- after the name", "printf -v out -- '-%s' v\necho \"$out\""),
    ShellOracleCase("prints nothing", "printf -v out 'hidden'\necho done"),
    ShellOracleCase(
      "invalid number still assigns", "printf -v out '%d' abc || echo \"status $? [$out]\""),
    ShellOracleCase(
      "join idiom", "ids=(a b c)\nprintf -v joined '%s,' \"${ids[@]}\"\necho \"${joined%,}\""),
    ShellOracleCase(
      "local in a function",
      "f() {\n  local out\n  printf -v out '%s!' \"$1\"\n  echo \"$out\"\n}\nf hi\necho \"[${out:-unset}]\""
    ),
    ShellOracleCase(
      "in a pipeline the variable is lost",
      "out=kept\nprintf -v out 'new' | cat\necho \"$out\""),
    ShellOracleCase("escapes", "printf -v out 'a\\tb\\x41'\necho \"$out\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
