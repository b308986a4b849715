import Testing

/// `mv` against coreutils 9.1, in the scenario's directory: renames, over an existing file,
/// into a directory, directories, `-n`, `-f`, `-t`, `-T`, `-v`, and its refusals.
@Suite(.requiresTools("/usr/bin/mv"))
struct MoveOracleTests {
  static let cases: [CommandOracleCase] = [
    "mv log.txt a.txt\nls",
    "mv log.txt nums.txt\ncat nums.txt | head -2\nls",
    "mkdir d\nmv log.txt nums.txt d\nls . d",
    "mkdir d\nmv -t d log.txt\nls d",
    "mkdir -p d/e\necho x > d/e/f\nmv d moved\ncat moved/e/f\nls",
    "mkdir d e\nmv d e\nls e",
    "mkdir d e\ntouch e/d\nmv d e",
    "mkdir -p d e/d/x\nmv d e",
    "echo keep > a.txt\nmv -n log.txt a.txt\ncat a.txt\nls",
    "mv -f log.txt a.txt\nls",
    "mv -v log.txt a.txt",
    "mkdir d\nmv -T log.txt d",
    "mv missing.txt a",
    "mv",
    "mv log.txt",
    "mv log.txt log.txt",
    "mkdir d\nmv d d/e",
    "mkdir d\nmv d log.txt",
    "mkdir d\nmv log.txt nodir/x",
    "mv log.txt nums.txt missing",
    "mv log.txt nums.txt words.txt",
    "O=-x\nmv \"$O\" a b",
    "mkdir d\nmv log.txt d && mv d/log.txt back.txt && ls",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
