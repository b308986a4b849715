import Testing

/// `cp` against coreutils 9.1, in the scenario's directory: a file to a new name and over an
/// existing one, into a directory (`SRC… DIR`, `-t DIR`), `-r` trees with a link inside, `-p`
/// modes, `-n`, `-f`, `-T`, `-v`, and every refusal with cp's message and status.
@Suite(.requiresTools("/usr/bin/cp"))
struct CopyOracleTests {
  static let cases: [CommandOracleCase] = [
    "cp log.txt a.txt\ncat a.txt",
    "cp log.txt words.txt\ncat words.txt",
    "chmod 600 nums.txt\ncp nums.txt n2.txt",
    "chmod 750 nums.txt\ncp -p nums.txt n2.txt",
    "umask 077\ncp log.txt private.txt",
    "mkdir d\ncp log.txt nums.txt d\nls d",
    "mkdir d\ncp log.txt d/\ncat d/log.txt | wc -l",
    "mkdir d\ncp -t d log.txt words.txt\nls d",
    "mkdir -p src/sub\necho x > src/sub/f\nln -s sub/f src/link\ncp -r src dst\nls dst dst/sub\nreadlink dst/link",
    "mkdir -p src/sub\necho x > src/sub/f\nmkdir dst\ncp -R src dst\ncat dst/src/sub/f",
    "mkdir src\nchmod 700 src\ncp -a src dst\nstat -c %a dst",
    "echo old > a.txt\ncp -n log.txt a.txt\ncat a.txt",
    "cp -f log.txt nums.txt\nhead -1 nums.txt",
    "cp -v log.txt a.txt",
    "cp -T log.txt a.txt\nwc -l a.txt",
    "cp missing.txt x",
    "cp",
    "cp log.txt",
    "mkdir d\ncp d e",
    "cp log.txt nums.txt missing",
    "cp log.txt nums.txt words.txt",
    "cp log.txt log.txt",
    "cp log.txt nodir/",
    "cp log.txt nodir/x",
    "mkdir d\ncp -r d d/e",
    "mkdir d\ncp -r d log.txt",
    "mkdir -p d/log.txt\ncp log.txt d",
    "cp -t missing log.txt",
    "cp -t log.txt nums.txt",
    "O=-q\ncp \"$O\" log.txt a",
    "O=--recursive=1\ncp \"$O\" log.txt a",
    "O=--target-directory\ncp \"$O\"",
    "O=--recur\nmkdir d\ncp \"$O\" d e\nls e",
    "cp -T log.txt nums.txt words.txt",
    "F=log.txt\nT=copy.txt\ncp -- \"$F\" \"$T\"\nwc -c < \"$T\"",
    "set -- log.txt nums.txt\nmkdir out\ncp \"$@\" out\nls out",
    "mkdir d\ncp log.txt d 2>/dev/null && ls d",
    "cp missing.txt x 2>&1 | tr a-z A-Z",
    "if ! cp missing.txt x 2>/dev/null; then echo failed; fi",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
