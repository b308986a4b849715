import Testing

/// `stat -c/--format/--printf` against coreutils 9.1, in the scenario's directory: sizes,
/// modes (`%a`, `%A`), types (`%F`), times as seconds, owners, inode and link counts, `-L`,
/// widths, `--printf` escapes, and a missing file.
@Suite(.requiresTools("/usr/bin/stat"))
struct StatOracleTests {
  static let cases: [CommandOracleCase] = [
    "stat -c %s log.txt",
    "stat -c '%n %s' log.txt nums.txt empty.txt",
    "chmod 640 log.txt\nstat -c '%a %A' log.txt",
    "mkdir d\nchmod 1755 d\nstat -c '%a %A %F' d",
    "stat -c %F empty.txt log.txt",
    "ln -s log.txt l\nstat -c '%F %A' l\nstat -L -c %F l",
    "stat --format='%U %G %u %g' log.txt | tr -d '0-9a-z' | wc -c",
    "now=$(date +%s)\nm=$(stat -c %Y log.txt)\na=$(stat -c %X log.txt)\nc=$(stat -c %Z log.txt)\necho $(( now - m < 60 )) $(( now - a < 60 )) $(( now - c < 60 ))",
    "stat -c %Y log.txt nums.txt | awk '{print length($0)}'",
    "ln log.txt hard\nstat -c %h log.txt",
    "test \"$(stat -c %i log.txt)\" -gt 0 && echo ok",
    "stat --printf '%s\\t%n\\n' log.txt nums.txt",
    "stat -c '[%10s] [%-6s] [%06s]' log.txt",
    "stat -c '%q %%' log.txt",
    "stat -c %s missing",
    "stat -c %s missing log.txt",
    "stat -c %s",
    "SIZE=$(stat -c%s log.txt)\necho \"$((SIZE + 1))\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
