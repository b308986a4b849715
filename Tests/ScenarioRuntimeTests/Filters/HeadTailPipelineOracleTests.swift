import Testing

/// `head` and `tail` in documents against coreutils: counts known only at run time, signs,
/// suffixes, bytes, and the messages for counts that are not numbers.
@Suite(.requiresTools("/usr/bin/head", "/usr/bin/tail"))
struct HeadTailPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "N=3\nhead -n \"$N\" nums.txt",
    "N=3\ntail -n \"$N\" nums.txt",
    "N=+10\ntail -n \"$N\" nums.txt",
    "N=4\nhead -n \"-$N\" nums.txt",
    "head -n -2 noeol.txt",
    "head -n -20 nums.txt",
    "head -n -0 noeol.txt",
    "head -c 5 log.txt",
    "head -c -5 noeol.txt",
    "N=7\nhead -c \"$N\" < log.txt",
    "tail -c 5 noeol.txt",
    "tail -c +5 noeol.txt",
    "tail -c 0 noeol.txt",
    "tail -c +0 noeol.txt",
    "tail -n +0 nums.txt",
    "tail -n +1 noeol.txt",
    "tail -n 2 noeol.txt",
    "tail -n +20 nums.txt",
    "head -n 1K nums.txt",
    "tail -c 1kB nums.txt",
    "N=abc\nhead -n \"$N\" nums.txt",
    "N=\nhead -n \"$N\" nums.txt",
    "N=2x\ntail -n \"$N\" nums.txt",
    "N=' 2'\ntail -n \"$N\" nums.txt",
    "N=z\nhead -c \"$N\" nums.txt",
    "N=+\ntail -c \"$N\" nums.txt",
    "N=99999999999999999999999\ntail -n \"$N\" nums.txt",
    "N=2\nhead -n \"$N\" missing.txt",
    "N=2\ntail -n \"$N\" missing.txt",
    "N=2\nhead -n \"$N\" empty.txt",
    "N=2\nprintf 'a\\nb\\nc\\n' | tail -n \"$N\" | head -n \"-1\"",
    "FIRST=$(head -n 1 log.txt)\necho \"[$FIRST]\"",
    "N=2\nX=$(tail -n \"+$N\" log.txt | head -n \"$N\")\necho \"$X\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
