import Testing

/// `basename` and `dirname` against coreutils: slashes (leading, repeated, trailing, only),
/// empty names, suffixes (also one that is the whole name), `-a`, `-s`, `-z`, names known at
/// run time.
@Suite(.requiresTools("/usr/bin/basename", "/usr/bin/dirname"))
struct PathPartPipelineOracleTests {
  static let names = [
    "a", "/a", "//a", "a/b/", "a//b//", "///a///b", "/", "//", "", ".", "..", "a/..",
  ]

  static let cases: [CommandOracleCase] =
    names.flatMap { name in
      ["basename -- '\(name)'", "dirname -- '\(name)'"]
    }.map(CommandOracleCase.init)
    + [
      "basename dir/file.txt .txt",
      "basename .txt .txt",
      "basename dir/file.txt xt",
      "basename /.txt/ .txt",
      "basename / /",
      "basename -a x/y z/w/",
      "basename -s .txt a.txt b/c.txt d.md",
      "basename --suffix=.md x.md --multiple y.md",
      "basename -z a/b | tr '\\0' '#'",
      "dirname a/b c/d/ e",
      "dirname -z a/b | tr '\\0' '#'",
      "F=/srv/app/releases/v1.2.3.tar.gz\nbasename \"$F\" .tar.gz",
      "F=/srv/app/releases/v1.2.3.tar.gz\nD=$(dirname \"$F\")\necho \"[$D] [$(basename \"$D\")]\"",
      "SCRIPT_DIR=$(dirname \"$0\")\necho \"$SCRIPT_DIR\"",
    ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
