import Testing

/// `expr` against GNU expr 9.1: arithmetic on integers of any size, comparisons (numeric and by
/// string), `|` and `&`, `:` and `match` with BREs (groups, anchoring, UTF-8), `length`,
/// `substr`, `index`, `+ TOKEN`, parentheses, the status (1 for a null or 0 value) and the
/// syntax and arithmetic errors (status 2).
@Suite(.requiresTools("/usr/bin/expr"))
struct ExprPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "expr 1 + 2",
    "expr 10 - 12",
    "expr 3 '*' -4",
    "expr -7 / 2",
    "expr 7 % -3",
    "expr -7 % 3",
    "expr 2 + 3 '*' 4",
    "expr '(' 2 + 3 ')' '*' 4",
    "expr 99999999999999999999 '*' 99999999999999999999",
    "expr 123456789012345678901234567890 / 987654321",
    "expr -123456789012345678901234567890 % 987654321",
    "expr 18446744073709551616 - 1",
    "expr 007 + 0",
    "expr 1 - 1",
    "expr 10 '<' 9",
    "expr 9 '<' 10",
    "expr a '<' b",
    "expr abc = abc",
    "expr 010 = 10",
    "expr 2 '!=' 2",
    "expr 3 '>=' 3 '>' 0",
    "expr '' '|' 0",
    "expr 0 '|' x",
    "expr a '&' 0",
    "expr a '&' b",
    "expr abc : 'a\\(.*\\)'",
    "expr abc : 'b'",
    "expr abc : '.*'",
    "expr héllo : '.*'",
    "expr abc : 'x\\(y\\)'",
    "expr v1.22.3 : 'v\\([0-9]*\\)'",
    "expr match abc 'a.'",
    "expr abc : 'a\\('",
    "expr length héllo",
    "expr length ''",
    "expr substr hello 2 3",
    "expr substr hello 5 9",
    "expr substr hello 0 2",
    "expr substr hello 6 1",
    "expr substr héllo 2 2",
    "expr index hello lo",
    "expr index abc x",
    "expr + length",
    "expr -- 5 + 5",
    "expr -x",
    "expr 00",
    "expr -0",
    "expr ''",
    "expr a + 1",
    "expr ' 1' + 1",
    "expr 1 / 0",
    "expr 1 % 0",
    "expr '(' 1 + 2",
    "expr '(' 1 + 2 x",
    "expr 1 2",
    "expr 1 +",
    "expr length",
    "expr",
    "x=5; y=$(expr $x + 1); echo $y",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
