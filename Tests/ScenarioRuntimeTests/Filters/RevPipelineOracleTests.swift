import Testing

/// `rev` against util-linux 2.38 rev: lines reversed by character, the last line without a
/// newline, files, missing files and directories.
@Suite(.requiresTools("/usr/bin/rev"))
struct RevPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "printf 'abc\\nhéllo wörld\\n\\nx' | rev",
    "rev words.txt mixed.txt",
    "rev noeol.txt empty.txt",
    "rev - nums.txt",
    "rev nofile words.txt",
    "mkdir -p d; rev d",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesUtilLinux(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
