import Testing

/// `truncate` against coreutils 9.1, in the scenario's directory: absolute and relative sizes,
/// suffixes, new files (and `-c`), `-r`, and its refusals.
@Suite(.requiresTools("/usr/bin/truncate"))
struct TruncateOracleTests {
  static let cases: [CommandOracleCase] = [
    "truncate -s 0 log.txt\nwc -c < log.txt",
    "truncate -s 5 log.txt\ncat log.txt",
    "truncate -s 10 new\nwc -c < new\nstat -c %a new",
    "umask 077\ntruncate -s 1K new\nstat -c '%s %a' new",
    "truncate -s 1KB a -s 1M b\nstat -c %s a b",
    "truncate -s +3 noeol.txt\nod -c noeol.txt | tail -2",
    "truncate -s -3 log.txt\ntail -c 5 log.txt",
    "truncate -s '<5' log.txt\nwc -c < log.txt",
    "truncate -s '>500' log.txt\nwc -c < log.txt",
    "truncate -s /10 log.txt\nwc -c < log.txt",
    "truncate -s %100 log.txt\nwc -c < log.txt",
    "truncate -c -s 5 missing\nls missing 2>/dev/null | wc -l",
    "truncate -r nums.txt log.txt\nwc -c < log.txt",
    "truncate -s abc log.txt",
    "truncate log.txt",
    "truncate -s 1",
    "truncate -s 1 nodir/x",
    "mkdir d\ntruncate -s 1 d",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
