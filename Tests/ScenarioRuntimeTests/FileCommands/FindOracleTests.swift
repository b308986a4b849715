import Testing

/// `find` against findutils 4.9, in the scenario's directory (directory order is the file
/// system's, the same on both sides): `-name`, `-iname`, `-path`, `-type`, `-maxdepth`,
/// `-mindepth`, `-newer`, `-size`, `-mtime`, `-empty`, `-print`, `-print0`, `!`, `-o`,
/// parentheses, several starting points, and a missing one.
@Suite(.requiresTools("/usr/bin/find"))
struct FindOracleTests {
  static let tree = "mkdir -p t/a/b t/c\necho x > t/a/one.json\ntouch t/a/b/two.JSON t/three.txt\n"

  static let cases: [CommandOracleCase] = [
    "find t",
    "find t/",
    "find t -name '*.json'",
    "find t -iname '*.json'",
    "find t -type d",
    "find t -type f -name 't*'",
    "find t -maxdepth 1",
    "find t -mindepth 2 -type f",
    "find t -path '*a/b*'",
    "find t ! -type d",
    "find t -not -name '*.txt' -type f",
    "find t -name '*.txt' -o -name '*.json'",
    "find t \\( -name '*.txt' -o -name 'one*' \\) -print",
    "find t -empty",
    "find t -size +0",
    "find t -size -1k -type f",
    "find t -mtime -1 -type f",
    "find t -mtime +1",
    "find t -type f -print0 | tr '\\0' '#'",
    "find t/a t/c -type d",
    // Times a clock tick apart: within one tick they are equal, and neither is newer.
    "sleep 0.03\ntouch t/a/b/two.JSON\nfind t -newer t/three.txt -type f",
    "find missing t/c",
    "find t -name '*.json' | wc -l",
    "find . -maxdepth 1 -name '*.txt'",
    "find t -maxdepth 1 -type f -name '*.txt' -print",
  ].map { CommandOracleCase(tree + $0) }

  @Test(arguments: cases) func matchesFindutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
