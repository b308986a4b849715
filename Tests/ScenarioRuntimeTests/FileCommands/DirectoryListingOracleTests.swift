import Testing

/// `ls` against coreutils 9.1 writing to a pipe, in the scenario's directory: names one per
/// line in byte order, `-1`, `-a`, `-A`, `-d`, `-t`, `-r`, `-S`, `-U` counted, several
/// operands with headers, `ls DIR | wc -l`, and a missing name (status 2).
@Suite(.requiresTools("/usr/bin/ls"))
struct DirectoryListingOracleTests {
  static let cases: [CommandOracleCase] = [
    "ls",
    "ls -1",
    "touch .hidden B a _x Z 10 9 é\nls",
    "touch .hidden\nls -a",
    "touch .hidden\nls -A",
    "mkdir d\ntouch d/b d/a d/.c\nls d",
    "mkdir d e\ntouch d/x\nls d e",
    "mkdir d\ntouch d/x\nls log.txt d",
    "mkdir d\nls missing d",
    "ls missing",
    "ls missing log.txt",
    "ls -d .",
    "export LC_ALL=C\ntouch B a é _x .h 10 9\nls -A",
    "export LC_ALL=POSIX\nmkdir d\ntouch d/b d/B d/a\nls d",
    "mkdir d\ntouch d/a d/b\nls d | while read -r f; do echo \"[$f]\"; done",
    "mkdir d\nls -d d log.txt",
    "ls -S",
    "ls -Sr",
    "touch old\nsleep 0.03\ntouch mid\nsleep 0.03\ntouch new\nls -t old mid new",
    "touch old\nsleep 0.03\ntouch new\nls -tr old new",
    "mkdir d\ntouch d/b\nsleep 0.03\ntouch d/a\nsleep 0.03\necho x >> d/b\nls -t d",
    "ls -r",
    "ls | wc -l",
    "mkdir d\ntouch d/a d/b\nls d | wc -l",
    "mkdir d\nls -U d | wc -l",
    "mkdir d\ntouch d/a\nln -s d link\nls link",
    "ln -s log.txt l\nls l",
    "ls log.txt nums.txt",
    "ls ./log.txt",
    "mkdir d\ntouch d/f\nls d/",
    "mkdir empty\nls empty",
    "N=$(ls | wc -l)\necho \"$N\"",
    "if ls missing >/dev/null 2>&1; then echo yes; else echo \"no $?\"; fi",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
