import Testing

/// Errors bash reports while expanding or assigning, under the runner's
/// `set -euo pipefail; shopt -s inherit_errexit` and with `set +e`: `$(< missing)` in a list,
/// negative subscripts out of range in array literals, element assignments, `unset` and
/// `${a[-N]}`. Whether the scenario goes on, and with which status, is bash's.
///
/// Not matched yet (so not in the table): `echo "$(< missing)" || echo fallback` under
/// `set -e` (bash ends the shell with 1; the runtime prints an empty line and goes on) and
/// `${a[-9]}` with `set +e` (bash adds `a[-9]: unbound variable` and ends with 127).
@Suite struct FatalExpansionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "$(< missing) in an assignment under set -e",
      "x=\"$(< missing)\" || echo fallback\necho after"),
    ShellOracleCase(
      "$(< missing) with set +e", "set +e\necho \"$(< missing)\" || echo fallback\necho after"),
    ShellOracleCase(
      "a bad substring length drops the rest of its line",
      "V=abc\necho \"${V:1:-5}\"; echo same-line\necho \"after $?\""),
    ShellOracleCase("a=([-1]=p) under set -e", "a=([-1]=p)\necho \"after ${#a[@]}\""),
    ShellOracleCase("a=([-1]=p) with set +e", "set +e\na=([-1]=p)\necho \"after $? ${#a[@]}\""),
    ShellOracleCase(
      "declare -a b=([-1]=x) with set +e",
      "set +e\ndeclare -a b=([-1]=x)\necho \"after $? ${#b[@]}\""),
    ShellOracleCase("a[-1]=x on an empty array", "set +e\na=()\na[-1]=x\necho after"),
    ShellOracleCase(
      "a[-1]=x drops the rest of its line", "set +e\na=()\na[-1]=x; echo same-line\necho after"),
    ShellOracleCase(
      "a[-1]=x in a function with set +e",
      "set +e\nf() {\n  a[-1]=x\n  echo in-f\n}\nf\necho \"after $?\""),
    ShellOracleCase("a[-2]=x past the start", "a=(1)\na[-2]=x || echo st\necho after"),
    ShellOracleCase(
      "unset 'a[-5]' with set +e", "set +e\na=(1 2)\nunset 'a[-5]'\necho \"after $?\""),
    ShellOracleCase("unset 'a[-5]' under set -e", "a=(1 2)\nunset 'a[-5]'\necho \"after $?\""),
    ShellOracleCase("${a[-9]} under set -e", "a=(1 2)\necho \"${a[-9]}\"\necho after"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
