import Testing

/// `paste` against GNU paste 9.1: side by side and `-s`, delimiter lists with escapes, `-` for
/// standard input (several times), files of unequal length, missing files and directories.
@Suite(.requiresTools("/usr/bin/paste"))
struct PastePipelineOracleTests {
  static let files = "printf 'a\\nb\\nc\\n' > a; printf '1\\n2' > b; : > e; mkdir -p d; "

  static let cases: [CommandOracleCase] = [
    "paste a b",
    "paste b a",
    "paste a e b",
    "paste -d , a b",
    "paste -d ',;' a b a",
    "paste -d '\\n' a b",
    "paste -d '\\t\\\\' a a a",
    "paste -d '\\0' a b",
    "paste -d '' a b",
    "paste -d '\\' a b",
    "paste -s a",
    "paste -s -d , a b",
    "paste -sd '\\n' a",
    "paste -s -d ',\\0' a",
    "paste -s e a",
    "paste --serial --delimiters=+ a b",
    "seq 5 | paste - -",
    "seq 5 | paste -s -",
    "seq 5 | paste -d : - a -",
    "seq 3 | paste",
    "printf 'x\\ny' | paste -s",
    "paste a nofile",
    "paste a d",
    "paste -s d a",
    "paste -z a",
  ].map { CommandOracleCase(files + $0) }

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
