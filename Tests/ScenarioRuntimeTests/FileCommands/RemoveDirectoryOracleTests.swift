import Testing

/// `rmdir` against coreutils 9.1, in the scenario's directory: empty directories, `-p`
/// parents, `--ignore-fail-on-non-empty`, `-v`, and its failures.
@Suite(.requiresTools("/usr/bin/rmdir"))
struct RemoveDirectoryOracleTests {
  static let cases: [CommandOracleCase] = [
    "mkdir d\nrmdir d\nls",
    "mkdir -p a/b/c\nrmdir -p a/b/c\nls",
    "mkdir -p a/b/c\ntouch a/x\nrmdir -p a/b/c",
    "mkdir -p a/b/c\ntouch a/x\nrmdir -p --ignore-fail-on-non-empty a/b/c\nls a",
    "mkdir -p a/b\nrmdir -p a/b/\nls",
    "mkdir -p a/b\nrmdir -v -p a/b",
    "mkdir d\ntouch d/f\nrmdir d",
    "mkdir d\ntouch d/f\nrmdir --ignore-fail-on-non-empty d\nls d",
    "rmdir missing",
    "rmdir log.txt",
    "rmdir",
    "mkdir a b\nrmdir a missing b",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
