import Testing

/// `cmp` against GNU cmp (diffutils 3.8): equal and differing files (status 0/1), the
/// "differ: byte N, line M" line, the EOF messages (one file a prefix of the other, an empty
/// one), `-s`, `-n`, standard input, and trouble (status 2).
@Suite(.requiresTools("/usr/bin/cmp"))
struct CmpPipelineOracleTests {
  static let files =
    "printf 'abc\\nxyz\\n' > p; printf 'abc\\nxyq\\n' > q; printf 'abc\\n' > r; printf 'ab' > t; "
    + ": > e; mkdir -p d; "

  static let cases: [CommandOracleCase] = [
    "cmp p p",
    "cmp p q",
    "cmp q p",
    "cmp -s p q",
    "cmp p r",
    "cmp r p",
    "cmp t r",
    "cmp p t",
    "cmp e p",
    "cmp p e",
    "cmp e e",
    "cmp -s p r",
    "cmp -n 6 p q",
    "cmp -n 7 p q",
    "cmp --bytes=2 t r",
    "cmp -n x p q",
    "cmp p - < q",
    "printf 'abc\\n' | cmp - r",
    "printf 'abd' | cmp r",
    "cmp",
    "cmp nofile p",
    "cmp p nofile",
    "cmp -s nofile p",
    "cmp p d",
    "cmp -s d p",
    "cmp --quiet p q",
  ].map { CommandOracleCase(files + $0) }

  @Test(arguments: cases) func matchesDiffutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
