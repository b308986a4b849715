import Testing

/// `od` against GNU coreutils: every integer format and size, `c` and `a`, several formats
/// aligned, address radixes, `-w`, `-N`, `-j` (with od's number prefixes and suffixes), the
/// `*` of repeated lines and `-v`, short last lines, file operands (with `-` and a missing
/// file), skipping past the end, and the usual `od -An -tx1` idioms.
@Suite(.requiresTools("/usr/bin/od"))
struct OdPipelineOracleTests {
  static let inputs = [
    "printf ''", "printf 'abc'", "cat log.txt", "cat mixed.txt",
    "printf '\\0\\1\\377\\200\\177 ~\\n\\t'",
  ]

  static let cases: [CommandOracleCase] =
    inputs.flatMap { input in
      [
        "od", "od -c", "od -An -tx1", "od -t x2", "od -t d1", "od -t u1 -A d",
        "od -t d2 -t x1 -A x", "od -b", "od -x", "od -t a", "od -t o4", "od -t x8",
        "od -t d8", "od -t u4 -t c", "od -An -t u2", "od -s", "od -d",
      ].map { "\(input) | \($0)" }
    }.map(CommandOracleCase.init)
    + [
      "printf '%064d' 0 | od -c",
      "printf '%064d' 0 | od -v -t x1",
      "printf '%040d%s' 0 abc | od -c",
      "printf '%032d' 0 | od -An -c",
      "cat log.txt | od -w8 -t x1",
      "cat log.txt | od -w -c",
      "cat log.txt | od -w4 -t x2 -A n",
      "cat log.txt | od -N 10 -c",
      "cat log.txt | od -j 5 -N 0x10 -c",
      "cat log.txt | od -j 010 -t x1",
      "cat log.txt | od -N1k -An -tx1 | head -n 2",
      "printf abc | od -j 5",
      "printf abc | od -j 3",
      "od -c log.txt",
      "od -t x1 noeol.txt empty.txt noeol.txt",
      "printf 'xy' | od -c noeol.txt - noeol.txt",
      "od -c missing.txt noeol.txt",
      "od -c 'no such'",
      "od -c missing.txt empty.txt",
      "od -j 2 missing.txt empty.txt",
      "H=$(printf 'A\\n' | od -An -tx1)\necho \"[$H]\"",
      "printf 'k3y' | od -An -tx1 | tr -d ' \\n'",
      "F=nums.txt\nod -Ad -tu1 \"$F\"",
    ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
