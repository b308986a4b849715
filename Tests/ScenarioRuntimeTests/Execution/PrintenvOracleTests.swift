import Testing

/// `printenv NAME…` against GNU printenv: exported and unexported variables, `export` later,
/// unset ones, several names, a name with `=`.
@Suite(.requiresTools("/usr/bin/printenv"))
struct PrintenvOracleTests {
  static let cases: [CommandOracleCase] = [
    "export A=1\nprintenv A",
    "B=2\nprintenv B || echo \"rc=$?\"",
    "B=2\nexport B\nprintenv B",
    "export A=1 C='x y'\nprintenv A C",
    "export A=1\nprintenv A MISSING_VAR || echo \"rc=$?\"",
    "printenv HOME >/dev/null && echo home",
    "export A=\nprintenv A | wc -c",
    "export A=1\nprintenv 'A=1' || echo \"rc=$?\"",
    "export A=1\nV=$(printenv A)\necho \"[$V]\"",
    "export A=1\nunset A\nprintenv A || echo \"rc=$?\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
