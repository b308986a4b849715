import Testing

/// `wc` against GNU wc: each count alone (`-l -c -w -m -L`), several counts in columns, the
/// default three, file operands with a `total`, `-` among them, and a missing file.
@Suite(.requiresTools("/usr/bin/wc"))
struct WordCountPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "wc -l < log.txt",
    "wc -c < mixed.txt",
    "wc -w < words.txt",
    "wc -m < mixed.txt",
    "wc -L < mixed.txt",
    "wc -L < log.txt",
    "printf 'a\\tb\\n\\tccc\\r\\nxy' | wc -L",
    "printf '日本語\\n' | wc -L",
    "printf 'e\\xcc\\x81\\n' | wc -L",
    "printf 'caf\\xc3\\xa9 \\xff\\n' | wc -m",
    "wc --chars < noeol.txt",
    "wc --max-line-length < words.txt",
    "cat log.txt | wc -lc",
    "cat log.txt | wc -l -w",
    "cat mixed.txt | wc",
    "cat mixed.txt | wc -lwmcL",
    "printf '' | wc",
    "wc -l log.txt",
    "wc log.txt",
    "wc -lc noeol.txt",
    "wc -l log.txt nums.txt",
    "wc -L log.txt words.txt",
    "wc -w empty.txt noeol.txt mixed.txt",
    "cat nums.txt | wc -l log.txt -",
    "wc -l -- log.txt",
    "wc -l missing.txt",
    "wc -l log.txt missing.txt",
    "wc -c 'no such.txt'",
    "F=words.txt\nwc -w \"$F\"",
    "N=$(wc -l < nums.txt)\necho \"[$N]\"",
    "wc -lc < log.txt",
    "wc < mixed.txt",
    "wc -lwmcL < words.txt",
    "wc -l -w < empty.txt",
    "wc -cL < nums.txt",
    "wc -lc - < log.txt",
    "wc -l log.txt - < nums.txt",
    "wc -lc < /dev/null",
    "F=headers.txt\nwc -wc < \"$F\"",
    "wc -lc <<< 'one two'",
    "N=$(wc -lw < words.txt)\necho \"[$N]\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
