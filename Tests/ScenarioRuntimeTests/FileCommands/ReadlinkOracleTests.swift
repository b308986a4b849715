import Testing

/// `readlink` against coreutils 9.1, in the scenario's directory: link texts, `-f`, `-e`,
/// `-m`, `-n`, `-z`, `-v`, and silent failures.
@Suite(.requiresTools("/usr/bin/readlink"))
struct ReadlinkOracleTests {
  static let cases: [CommandOracleCase] = [
    "ln -s log.txt l\nreadlink l",
    "ln -s ../x/y l\nreadlink l",
    "readlink log.txt",
    "readlink -v log.txt",
    "readlink missing",
    "readlink -v missing",
    "ln -s log.txt l\nP=$(readlink -f l)\necho \"${P#\"$PWD\"/}\"",
    "readlink -f missing/x",
    "P=$(readlink -f missing)\necho \"${P#\"$PWD\"/}\"",
    "readlink -e missing",
    "P=$(readlink -m a/../b/./c)\necho \"${P#\"$PWD\"/}\"",
    "ln -s log.txt l\nreadlink -n l",
    "ln -s log.txt l\nreadlink -n l l",
    "ln -s log.txt l\nreadlink -z l | tr '\\0' '#'",
    "ln -s a b\nln -s b a\nreadlink -ev a",
    "readlink",
    "readlink -f /usr/bin/../lib/.",
    "ln -s log.txt l\nT=$(readlink l)\necho \"[$T]\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
