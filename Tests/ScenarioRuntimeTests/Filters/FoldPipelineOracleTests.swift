import Testing

/// `fold` against GNU fold 9.1: the default width, `-w`, `-s` (breaking after the last blank),
/// `-b`, tabs, backspaces and carriage returns counted as columns, UTF-8 characters counted by
/// byte, the old `-WIDTH`, files and bad widths.
@Suite(.requiresTools("/usr/bin/fold"))
struct FoldPipelineOracleTests {
  static let text =
    "printf 'The quick brown fox jumps over the lazy dog and keeps running far away\\n"
    + "tab\\there\\tand\\tthere ok\\nabcdefghijklmnopqrstuvwxyz\\nback\\bspace\\rreturn x\\n"
    + "héllo wörld ünïcode\\nlast' | "

  static let cases: [CommandOracleCase] = [
    text + "fold",
    text + "fold -w 10",
    text + "fold -w 10 -s",
    text + "fold -sw 7",
    text + "fold -b -w 6",
    text + "fold -bs -w 12",
    text + "fold -w 1",
    text + "fold -5",
    text + "fold --width=9 --spaces",
    "seq 30 | paste -sd ' ' | fold -w 20 -s",
    "fold -w 4 words.txt noeol.txt",
    "fold nofile words.txt",
    "fold -w 0 words.txt",
    "fold -w x words.txt",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
