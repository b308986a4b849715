import Testing

/// `cat` options and several files against coreutils: numbering (`-n`, `-b`, continuing across
/// files and over a last line without newline), `-s`, `-v`/`-E`/`-T`/`-A`/`-e`/`-t` with
/// control, DEL and non-ASCII bytes, `-` among files, a missing file.
@Suite(.requiresTools("/bin/cat"))
struct CatPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "cat -n log.txt",
    "cat -b words.txt",
    "cat -n noeol.txt",
    "cat -n noeol.txt noeol.txt",
    "cat log.txt nums.txt",
    "cat -n log.txt words.txt",
    "printf 'a\\n\\n\\n\\nb\\n\\n' | cat -s",
    "printf '\\n\\n\\na\\n\\n\\nb' | cat -sn",
    "printf '\\n\\n\\na\\n\\n\\nb' | cat -sb",
    "cat -A mixed.txt",
    "cat -A headers.txt",
    "cat -E noeol.txt",
    "cat -T mixed.txt",
    "cat -v mixed.txt",
    "cat -e headers.txt",
    "cat -t mixed.txt",
    "printf '\\001\\037\\177\\200\\211\\212\\237\\240\\377\\tx\\n' | cat -v",
    "printf '\\001\\177\\200\\377\\tx\\n' | cat -A",
    "cat --number --show-ends noeol.txt",
    "cat nums.txt | cat -n log.txt - noeol.txt",
    "cat -n missing.txt log.txt",
    "cat log.txt missing.txt",
    "cat -n 'no such.txt' log.txt",
    "cat -u log.txt",
    "N=$(cat -n log.txt | tail -n 1)\necho \"[$N]\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
