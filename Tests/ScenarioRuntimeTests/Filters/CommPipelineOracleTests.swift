import Testing

/// `comm` against GNU comm 9.1: the three columns and `-1 -2 -3`, `--output-delimiter`,
/// `--total`, `-` for standard input, unsorted input with and without `--check-order` /
/// `--nocheck-order`, and the operand and file messages.
@Suite(.requiresTools("/usr/bin/comm"))
struct CommPipelineOracleTests {
  static let files =
    "printf 'apple\\nbanana\\ncherry\\nfig\\n' > x; printf 'banana\\ncarrot\\nfig\\ngrape' > y; "
    + "printf 'b\\na\\nc\\n' > u; printf 'a\\nb\\n' > s; "

  static let cases: [CommandOracleCase] = [
    "comm x y",
    "comm -1 x y",
    "comm -2 x y",
    "comm -3 x y",
    "comm -12 x y",
    "comm -23 x y",
    "comm -13 x y",
    "comm -123 x y",
    "comm --output-delimiter=' | ' x y",
    "comm --total x y",
    "comm -3 --total --output-delimiter=, x y",
    "printf 'banana\\nzebra\\n' | comm - x",
    "comm x x",
    "comm u s",
    "comm s u",
    "comm u u",
    "comm --check-order u s",
    "comm --check-order s u",
    "comm --nocheck-order u s",
    "comm x",
    "comm",
    "comm x y s",
    "comm nofile x",
    "comm x nofile",
  ].map { CommandOracleCase(files + $0) }

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
