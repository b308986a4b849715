import Testing

/// `printf` against bash: the format reused for each group of arguments, `"$@"` as one word
/// per positional parameter, numbers as bash reads them.
@Suite struct PrintfOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("more arguments than conversions", "printf '%s\\n' a b c"),
    ShellOracleCase("a partial last group", "printf '%s=%s;' a 1 b\necho"),
    ShellOracleCase("no conversion prints once", "printf 'once\\n' a b"),
    ShellOracleCase(
      "all positional parameters in a function",
      "show() {\n  printf '[%s]' \"$@\"\n  echo\n}\nshow a 'b c' ''\nshow\nshow one"),
    ShellOracleCase(
      "positional parameters with other arguments",
      "row() {\n  printf '%s:%s\\n' head \"$@\" tail\n}\nrow x y"),
    ShellOracleCase(
      "captured from positional parameters",
      "join() {\n  printf '%s,' \"$@\"\n}\nOUT=$(join a b c)\necho \"${OUT%,}\""),
    ShellOracleCase(
      "numbers as bash reads them",
      "printf '%d|%d|%d|%x|%o|%u\\n' 010 0x1F \"'A\" 255 8 -1\nN=7\nprintf '%03d %5.2f %e\\n' \"$N\" 3.14159 2"
    ),
    ShellOracleCase(
      "widths count bytes, %c takes one byte, %b expands escapes",
      "printf '[%5s][%-4s][%.2s][%c]\\n' é ab abc xyz\nprintf '%b|' 'a\\tb' '\\0101' '\\x41'\necho"),
    ShellOracleCase("%b \\c stops all output", "printf '%b-' one 'two\\cthree' four\necho"),
    ShellOracleCase("format escapes", "printf 'a\\101\\x42\\0101\\u00e9\\n'"),
    ShellOracleCase(
      "an invalid number is reported and fails",
      "N=12abc\nprintf '%d\\n' \"$N\" || echo \"rc=$?\""),
    ShellOracleCase(
      "star width from arguments", "W=6\nprintf '%*s|%-*d|\\n' \"$W\" ab 4 7"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
