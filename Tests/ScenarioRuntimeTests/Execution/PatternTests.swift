import OracleSupport
import Shell
import Testing

@testable import ScenarioRuntime

/// Glob patterns and the pattern operators of parameter expansion.
@Suite struct PatternTests {
  @Test(arguments: [
    ("*.json", "a.json", true), ("*.json", "a.json.bak", false), ("?", "x", true),
    ("?", "", false), ("[abc]x", "bx", true), ("[!abc]x", "bx", false), ("[^abc]x", "dx", true),
    ("[a-c]", "b", true), ("[a-c]", "d", false), ("[]x]", "]", true), ("[[:digit:]]*", "7up", true),
    ("[[:alnum:]_-]", "-", true), ("[[:space:]]", "\t", true), ("[[:upper:]]", "a", false),
    ("[unclosed", "[unclosed", true), ("a\\*", "a*", true), ("a\\*", "ab", false),
    ("**", "", true), ("*a*b*", "xxaxxbxx", true), ("*a*b*", "xxbxxaxx", false),
  ])
  func globMatching(_ pattern: String, _ text: String, _ matches: Bool) {
    #expect(BashPattern(glob: pattern).matches(text) == matches)
  }

  @Test func expandedValuesMatchLiterally() {
    let pattern = BashPattern(pieces: [("*", false), (".json", true)])
    #expect(pattern.matches("*.json"))
    #expect(!pattern.matches("a.json"))
  }

  @Test func longValuesStayFast() {
    let long = String(repeating: "abc/", count: 50_000)
    // The thread's CPU time, so that other work on the machine does not count.
    let start = ThreadCPUTime.now
    #expect(
      PatternOperations.replace(long, BashPattern(glob: "b"), mode: .all) { _ in "" }.count
        == 150_000)
    #expect(PatternOperations.removePrefix(long, BashPattern(glob: "*/"), longest: true) == "")
    #expect(
      PatternOperations.removeSuffix(long, BashPattern(glob: "/*"), longest: false).count
        == 199_999)
    #expect(
      PatternOperations.removePrefix(long + "x", BashPattern(glob: "*/"), longest: true) == "x")
    #expect(ThreadCPUTime.now - start < .seconds(5))
  }

  static let oracle: [ShellOracleCase] = [
    ShellOracleCase(
      "pattern operators",
      #"""
      V='path/to/file.tar.gz'
      echo "[${V#*/}] [${V##*/}] [${V#*.}] [${V##*.}] [${V#path}] [${V#*}] [${V##*}] [${V#x*}]"
      echo "[${V%.*}] [${V%%.*}] [${V%/*}] [${V%%/*}] [${V%gz}] [${V%*}] [${V%%*}] [${V%*x}]"
      echo "[${V#p?th/}] [${V%.[gt]z}] [${V%%[./]*}] [${V#*[[:digit:]]}]"
      """#),
    ShellOracleCase(
      "quoted variable in a pattern is literal",
      #"""
      P='a*'
      V='a*b'
      W='abc'
      echo "[${V#"$P"}] [${W#"$P"}] [${V/"$P"/X}]"
      """#),
    ShellOracleCase(
      "replacement operators",
      #"""
      V='a.b.c a.b'
      echo "${V/./-}|${V//./-}|${V//[. ]/_}|${V/#a/A}|${V/%b/B}|${V// /}|${V//a}|${V/#/^}|${V/%/$}"
      echo "${V//?/x}|${V//*/all}|${V/b*/B}|${V//[[:punct:]]/P}"
      """#),
  ]

  @Test(arguments: oracle) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
