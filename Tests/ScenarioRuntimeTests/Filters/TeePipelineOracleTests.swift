import Testing

/// `tee` against GNU tee: several files, `-a`/`--append`, the same file twice, the pipeline's
/// own `/dev/stdout`, a file that cannot be written among others, names from variables.
@Suite(.requiresTools("/usr/bin/tee"))
struct TeePipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "printf 'x\\n' | tee a.txt b.txt\ncat a.txt b.txt",
    "printf 'x\\n' | tee a.txt > /dev/null\nprintf 'y\\n' | tee -a a.txt b.txt\ncat a.txt b.txt",
    "printf 'z\\n' | tee --append log.txt words.txt > /dev/null\ncat log.txt words.txt",
    "printf 'x\\n' | tee -a a.txt a.txt > /dev/null\ncat a.txt",
    "printf 'x\\n' | tee a.txt a.txt > /dev/null\ncat a.txt",
    "printf 'x\\n' | tee missing/a.txt b.txt\ncat b.txt",
    "printf 'x\\n' | tee a.txt missing/b.txt c.txt > /dev/null || echo \"tee=$?\"\ncat a.txt c.txt",
    "printf 'x\\n' | tee a.txt /dev/stdout b.txt | cat\ncat b.txt",
    "printf 'x\\n' | tee /dev/null a.txt\ncat a.txt",
    "F=out.txt\nprintf 'k\\n' | tee \"$F\" b.txt > /dev/null\ncat out.txt b.txt",
    "printf 'k' | tee -- a.txt b.txt | wc -c\ncat a.txt b.txt",
    "printf '' | tee a.txt b.txt\nwc -c a.txt b.txt",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
