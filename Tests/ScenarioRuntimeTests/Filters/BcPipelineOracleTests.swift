import Testing

/// `bc` against GNU bc 1.07: the scale rules of `+ - * / % ^`, `sqrt`, `length`, `scale()`,
/// numbers of any size, variables and compound assignments, comparisons, line wrapping at 70
/// characters, `-l`, strings, `quit`, and a syntax error on one line.
@Suite(.requiresTools("/usr/bin/bc"))
struct BcPipelineOracleTests {
  static let programs = [
    "scale=2; 10/3", "10/3", "1/3*3", "scale=3; 1/3*3", "scale=2; -1/3", "0 - 5/2", "2^10",
    "2^-1", "scale=4; 2^-2", "0.5*3", "1.50+1", "sqrt(2)", "scale=10; sqrt(2)",
    "scale=2; sqrt(10)", "length(123.45)", "length(.005)", "length(0)", "scale(1.230)",
    "x=5; x*2", "x=3; x+=2; x*=4; x", "3 > 2; 2 > 3; 2 <= 2; 1 == 1; 1 != 1",
    "2^100", "7%3", "scale=2; 7%3", "0-7%3", "10.5%3", "1.0000", "012", ".5", "3-5",
    "scale=2;(1+2)*3/7", "x", "last", "5; last+1", "scale=70; 1/3", "scale=100; 2/3",
    "scale=67; 1/3", "scale=68; 1/3", "scale=69; 1/3",
    "99999999999999999999*99999999999999999999", "scale=2; 0.00", "-.5", "5-7.25",
    "\"total: \"; 4+4", "1 +", "1; quit; 2", "(1+2", "a=2 b",
    "123456789012345678901234567890/7",
  ]

  static let cases: [CommandOracleCase] =
    programs.map { CommandOracleCase("printf '%s\\n' '\($0)' | bc") } + [
      CommandOracleCase("echo 'scale=2; 10/3' | bc"),
      CommandOracleCase("echo '10/3' | bc -l"),
      CommandOracleCase("echo 'sqrt(3)' | bc -l"),
      CommandOracleCase("printf '1+1\\n2*3\\n' | bc"),
      CommandOracleCase("printf 'x=7\\n' > p.bc; echo 'x*6' | bc p.bc"),
      CommandOracleCase("echo 1 | bc nofile"),
      CommandOracleCase("v=$(echo \"scale=1; 9/2\" | bc); echo \"v=$v\""),
    ]

  @Test(arguments: cases) func matchesGNUBc(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
