import Testing

/// `timeout` options against GNU timeout: `-s SIG` (names, `SIG` prefix, numbers), `-k DUR`,
/// suffixed durations; the command finishing in time or being stopped (status 124).
@Suite(.requiresTools("/usr/bin/timeout"))
struct TimeoutOptionOracleTests {
  static let cases: [CommandOracleCase] = [
    "timeout -s INT 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout --signal=HUP 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout -sSIGTERM 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout -s 2 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout -k 1 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout --kill-after=0.5s -s USR1 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout -k 1m 0.01m sleep 5 || echo \"rc=$?\"",
    "timeout -s TERM 5 echo done",
    "timeout 1d echo done",
    "timeout -- 5 echo done",
    "timeout --preserve-status 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout --preserve-status -s INT 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout -s HUP --preserve-status -k 1 0.2 sleep 5 || echo \"rc=$?\"",
    "timeout --preserve-status 5 false || echo \"rc=$?\"",
    "timeout --preserve-status 5 echo done",
    "timeout --preserve-status --foreground 0.2 sleep 5 || echo \"rc=$?\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
