import Testing

/// `tac` against GNU tac 9.1: records reversed, a last record without its separator, `-s`
/// separators of one and several bytes, `-b`, files and the messages for missing ones.
@Suite(.requiresTools("/usr/bin/tac"))
struct TacPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "seq 5 | tac",
    "printf 'a\\nb\\nc' | tac",
    "printf '\\n\\nx\\n' | tac",
    "printf 'a,b,c' | tac -s ,",
    "printf 'a,b,c,' | tac -s ,",
    "printf 'a,b,c,' | tac -b -s ,",
    "printf 'a::b::c' | tac --separator=::",
    "printf 'x\\ny\\n' | tac -b",
    "tac nums.txt noeol.txt empty.txt",
    "printf 'z\\n' | tac noeol.txt -",
    "tac nofile nums.txt",
    "printf 'a' | tac -s ''",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
