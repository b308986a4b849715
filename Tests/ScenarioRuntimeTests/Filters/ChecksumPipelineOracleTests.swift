import Testing

/// `sha256sum`, `sha1sum`, `md5sum` against coreutils: standard input (empty, short, over one
/// block, a block boundary), files, `-` among them, a missing file, `-b`, `--tag`, a name that
/// needs escaping, and the digest alone through `cut`.
@Suite(.requiresTools("/usr/bin/sha256sum", "/usr/bin/sha1sum", "/usr/bin/md5sum"))
struct ChecksumPipelineOracleTests {
  static let inputs = [
    "printf ''", "printf 'abc'", "cat log.txt", "cat mixed.txt",
    "printf '%055d' 0", "printf '%056d' 0", "printf '%064d' 0", "printf '%1000d' 7",
  ]

  static let cases: [CommandOracleCase] =
    inputs.flatMap { input in
      ["sha256sum", "sha1sum", "md5sum"].map { "\(input) | \($0)" }
    }.map(CommandOracleCase.init)
    + [
      "sha256sum log.txt",
      "md5sum log.txt words.txt",
      "cat nums.txt | sha1sum log.txt -",
      "sha256sum missing.txt log.txt",
      "md5sum 'no such.txt'",
      "sha256sum -b log.txt",
      "md5sum --tag log.txt",
      "printf x | sha256sum --tag",
      "printf 'GET\\n' > 'a\\b.txt'\nsha256sum 'a\\b.txt'",
      "H=$(sha256sum < log.txt | cut -d' ' -f1)\necho \"[$H]\"",
      "F=words.txt\nmd5sum \"$F\"",
    ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
