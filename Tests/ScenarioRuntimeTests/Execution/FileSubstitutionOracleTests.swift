import Testing

/// `$(< FILE)` against bash 5.2: the file's content without trailing newlines; a file that
/// cannot be opened ends the shell with status 1 under `set -e`, even before `||` or as a
/// condition, also inside a command's argument (`echo "$(< FILE)" || …`), while `$(false)`
/// only fails its assignment; a directory reads as empty.
@Suite struct FileSubstitutionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("content", "printf 'a\\nb\\n\\n' > f.txt\nA=$(< f.txt)\necho \"[$A]\""),
    ShellOracleCase(
      "a missing file before ||", "echo start\nA=$(< missing.txt) || echo fallback\necho after"),
    ShellOracleCase(
      "a missing file as a condition",
      "if A=$(< missing.txt); then echo yes; else echo no; fi\necho after"),
    ShellOracleCase(
      "a missing file in a function",
      "f() {\n  local v\n  v=$(< missing.txt) || echo fallback\n  echo in\n}\nf\necho after"),
    ShellOracleCase(
      "a failing substitution before ||", "A=$(false) || echo fallback\necho \"after [$A]\""),
    ShellOracleCase(
      "a missing file in an argument before ||",
      "echo start\necho \"$(< missing.txt)\" || echo fallback\necho after"),
    ShellOracleCase(
      "a missing file in an argument as a condition",
      "if echo \"[$(< missing.txt)]\"; then echo yes; fi\necho after"),
    ShellOracleCase(
      "a missing file in an argument in a function",
      "f() {\n  echo \"$(< missing.txt)\"\n}\nf || echo fallback\necho after"),
    ShellOracleCase(
      "a directory in an argument", "mkdir -p d\necho \"[$(< d)]\" || echo fallback\necho after"),
    ShellOracleCase(
      "a missing file in an argument without set -e",
      "set +e\necho \"[$(< missing.txt)]\" || echo fallback\necho \"after $?\""),
    ShellOracleCase(
      "a missing file without set -e",
      "set +e\nA=$(< missing.txt) || echo \"fallback $?\"\necho after"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
