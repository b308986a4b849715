import Testing

/// `ln` against coreutils 9.1, in the scenario's directory: symbolic links (`-s`, `-sf`,
/// `-sfn` over a link to a directory), hard links, into a directory, one operand, `-v`, and its
/// refusals.
@Suite(.requiresTools("/usr/bin/ln"))
struct LinkOracleTests {
  static let cases: [CommandOracleCase] = [
    "ln -s log.txt l\nreadlink l\ncat l | wc -l",
    "ln -s missing.txt l\nreadlink l",
    "ln -s log.txt l\nln -s nums.txt l",
    "ln -s log.txt l\nln -sf nums.txt l\nreadlink l",
    "mkdir a b\nln -s a cur\nln -sf b cur\nreadlink cur; ls a",
    "mkdir a b\nln -s a cur\nln -sfn b cur\nreadlink cur",
    "mkdir d\nln -s ../log.txt d\nreadlink d/log.txt",
    "mkdir d\nln -s log.txt nums.txt d\nls d",
    "mkdir d\nln -s -t d log.txt\nreadlink d/log.txt",
    "mkdir d\nln -s log.txt d/\nln -s log.txt d/",
    "ln log.txt hard\nstat -c %h log.txt\ncat hard | wc -l",
    "ln log.txt nums.txt",
    "ln -f log.txt hard\nln -f nums.txt hard\nhead -1 hard",
    "ln missing h",
    "mkdir d\nln d h",
    "ln log.txt nodir/x",
    "ln -s log.txt nodir/x",
    "ln -s /usr/bin",
    "ln -sv log.txt l",
    "ln -s",
    "ln -s a b c",
    "O=-z\nln \"$O\" a b",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
