import Testing

/// Whole scenarios using the sed language beyond the short forms (`Filter.sed`), against real
/// bash and GNU sed.
@Suite(.enabled(if: RealFilters.present, "FilterRunner is a stand-in"))
struct SedPipelineOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "several expressions with a branch",
      "printf 'a\\nb\\nc\\n' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\\n/,/g'"),
    ShellOracleCase(
      "semicolons, hold space and a reversed file",
      "printf '1\\n2\\n3\\n' | sed -n '1!G;h;$p'\nprintf 'k=v\\n' | sed 'h;s/=.*//;x;s/.*=//;G;s/\\n/ <- /'"
    ),
    ShellOracleCase(
      "t and T loops",
      "printf '1234567\\n' | sed -e ':a' -e 's/\\B[0-9]\\{3\\}\\>/,&/' -e 'ta'\nprintf 'ab\\ncd\\n' | sed 's/a/A/;T;s/$/ (changed)/'"
    ),
    ShellOracleCase(
      "append, insert and change",
      "printf 'one\\ntwo\\nthree\\n' | sed -e '1i header' -e '$a footer' -e '/two/c\\\nTWO'"),
    ShellOracleCase(
      "y, = and l",
      "printf 'abc\\tx\\n' | sed 'y/abc/ABC/'\nprintf 'a\\nb\\n' | sed -n '$='\nprintf 'a\\tb\\n' | sed -n l"
    ),
    ShellOracleCase(
      "file operands, -s and F",
      "printf 'a\\nb\\n' > one.txt\nprintf 'c\\n' > two.txt\nsed -n '$p' one.txt two.txt\nsed -s -n '$p' one.txt two.txt\nsed '1d' one.txt | sed -n 'p;p'"
    ),
    ShellOracleCase(
      "a script file and a w file",
      "printf 's/a/A/\\n/A/w hits.txt\\n' > edit.sed\nprintf 'a1\\nb2\\na3\\n' | sed -f edit.sed\ncat hits.txt"
    ),
    ShellOracleCase(
      "q with a status and a missing file",
      "printf 'a\\nb\\n' | sed '1q3' || echo \"rc=$?\"\nsed p missing.txt || echo \"rc=$?\""),
    ShellOracleCase(
      "captures and conditions",
      "V=$(printf 'id: 42\\nname: x\\n' | sed -n -E '/^id: /{s///;p;q}')\necho \"id=$V\"\nif printf 'ok\\n' | sed -n '/ok/{p;q0};$q1' > /dev/null; then echo yes; fi"
    ),
    ShellOracleCase(
      "a last line without newline",
      "printf 'x\\ny' | sed -e 'p' -e '$a end'\necho '|'\nprintf 'x' | sed 'N;s/x/X/'\necho '|'"),
    ShellOracleCase(
      "N, P and D over response headers",
      "printf 'HTTP/1.1 200 OK\\r\\nA: 1\\r\\nB: 2\\r\\n' > h.txt\nsed -n '$!N;/A: 1/P;D' h.txt | tr -d '\\r'"
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
