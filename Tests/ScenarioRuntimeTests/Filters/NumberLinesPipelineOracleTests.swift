import Testing

/// `nl` against GNU nl 9.1: the default numbering of non-empty lines, `-b a/n/pBRE`, `-n
/// ln/rn/rz`, `-w`, `-s`, `-v`, `-i`, section delimiter lines, files and the messages for bad
/// values.
@Suite(.requiresTools("/usr/bin/nl"))
struct NumberLinesPipelineOracleTests {
  static let input = "printf 'one\\n\\ntwo\\n  \\nthree' | "

  static let cases: [CommandOracleCase] = [
    input + "nl",
    input + "nl -b a",
    input + "nl -b n",
    input + "nl -b 'pt[wh]'",
    input + "nl -n ln",
    input + "nl -n rz -w 3",
    input + "nl -w 1 -s ': '",
    input + "nl -v 10 -i 5",
    input + "nl -v -2 -n rz -w 4 -ba",
    input + "nl --body-numbering=a --number-separator=. --number-width=2",
    "printf 'a\\n\\\\:\\\\:\\\\:\\nh\\n\\\\:\\\\:\\nb\\n\\\\:\\nf\\nc\\n' | nl -ba",
    "nl words.txt noeol.txt",
    "nl nofile nums.txt",
    "nl -b x words.txt",
    "nl -n xx words.txt",
    "nl -w 0 words.txt",
    "nl -w x words.txt",
    "nl -v x words.txt",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
