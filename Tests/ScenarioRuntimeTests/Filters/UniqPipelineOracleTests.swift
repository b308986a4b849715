import Testing

/// `uniq` against GNU uniq: `-c -d -u`, and the options that choose what is compared
/// (`-i`, `-f N`, `-s N`, `-w N`), alone and together.
@Suite(.requiresTools("/usr/bin/uniq"))
struct UniqPipelineOracleTests {
  static let input =
    "printf 'a x 1\\nA x 1\\nb x 1\\nb y 1\\n  c y 2\\n\\tc z 2\\nc z 3\\nabc\\nabd\\nABX\\n'"

  static let cases: [CommandOracleCase] = [
    "uniq -c",
    "uniq -d",
    "uniq -u",
    "uniq -i",
    "uniq -ic",
    "uniq -f 1",
    "uniq -f 2 -c",
    "uniq -f 5",
    "uniq -s 2",
    "uniq -s 20",
    "uniq -w 1",
    "uniq -w 0 -c",
    "uniq -i -w 2",
    "uniq -f 1 -s 1 -w 1 -c",
    "uniq --skip-fields=1 --skip-chars 1",
    "uniq --check-chars=2 --ignore-case -d",
    "uniq -f1 -u",
  ].map { CommandOracleCase("\(input) | \($0)") }

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
