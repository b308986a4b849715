import Testing

/// `xxd` (vim 9's, 2022-01-14) against the real one: dumps with `-c`, `-g` (0, odd, larger
/// than a line), `-u`, `-s`, `-l`; `-p` with its widths; `-i` from standard input and from
/// files (names made C names, `-C`); `-r` of a dump and `-r -p` of plain hex with garbage;
/// option spellings (`-ps`, `-rp` is `-r`); file operands, a missing file and a directory;
/// too many columns and seeking past the end of a pipe.
@Suite(.requiresTools("/usr/bin/xxd"))
struct XxdPipelineOracleTests {
  static let inputs = [
    "printf ''", "printf 'abc'", "cat log.txt", "cat mixed.txt",
    "printf '\\0\\1\\377\\200\\177 ~\\n\\t'",
  ]

  static let cases: [CommandOracleCase] =
    inputs.flatMap { input in
      [
        "xxd", "xxd -p", "xxd -u", "xxd -c 8", "xxd -g 1", "xxd -g 0", "xxd -g 3 -c 10",
        "xxd -g 4 -c 3", "xxd -ps -c 12", "xxd -i", "xxd -l 5", "xxd -s 2 -l 0x10",
        "xxd -c 7", "xxd | xxd -r", "xxd -p | xxd -r -p", "xxd -c 5 | xxd -r -c 5",
      ].map { "\(input) | \($0)" }
    }.map(CommandOracleCase.init)
    + [
      "xxd log.txt",
      "xxd -i log.txt",
      "xxd -i -C noeol.txt",
      "xxd -i empty.txt",
      "cat noeol.txt > 1-x.y\nxxd -i 1-x.y",
      "xxd -p missing.txt",
      "mkdir -p d\nxxd d",
      "xxd - < noeol.txt",
      "printf ab | xxd -c 257",
      "printf ab | xxd -p -c 257",
      "printf hello | xxd -s 9",
      "printf hello | xxd -s 5",
      "xxd -s 9 noeol.txt",
      "printf hello | xxd -u -p",
      "printf hello | xxd -up",
      "printf '6869\\n' | xxd -rp | od -c",
      "printf '6869\\n' | xxd -pr",
      "printf '68656c6c6f\\n  776f 72\\nzz6c64\\n' | xxd -r -p",
      "printf '00 11 2\\n3 zz 44\\n' | xxd -r -p | od -An -tx1",
      "printf '00000004: 4142  AB\\n00000008: 4344\\n' | xxd -r | od -c",
      "printf '0: 41424344 45\\nbad line\\n2:4647\\n' | xxd -r | od -c",
      "printf 'k3y' | xxd -p | tr -d '\\n'",
      "H=$(printf '\\001\\002' | xxd -p)\necho \"[$H]\"",
    ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesXxd(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
