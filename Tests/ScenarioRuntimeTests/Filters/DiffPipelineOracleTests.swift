import Testing

/// `diff` against GNU diff 3.8: statuses 0/1/2, `-q`, `-s`, the normal format and `-u`/`-U N`
/// (with `--label`, since file times differ between runs), missing newlines, and inputs where
/// several minimal diffs exist, so that the hunks GNU's analysis picks (discarded lines, the
/// middle snake, shifted boundaries) are the ones compared.
@Suite(.requiresTools("/usr/bin/diff"))
struct DiffPipelineOracleTests {
  static let files =
    "printf 'a\\nb\\nc\\nd\\ne\\n' > v1; printf 'a\\nc\\nd\\nx\\ne\\nf\\n' > v2; "
    + "printf 'x\\ny\\nx\\ny\\nx\\n' > r1; printf 'x\\ny\\nx\\n' > r2; "
    + "printf 'a\\nb\\na\\nb\\nc\\n' > s1; printf 'b\\na\\nc\\na\\nb\\n' > s2; "
    + "printf '{\\n  \"a\": 1,\\n}\\n{\\n  \"b\": 2,\\n}\\n' > j1; "
    + "printf '{\\n  \"a\": 1,\\n}\\n{\\n  \"c\": 3,\\n}\\n{\\n  \"b\": 2,\\n}\\n' > j2; "
    + "seq 1 30 > n1; seq 1 30 | sed -e 5d -e 's/^20$/twenty/' -e '27a extra' > n2; "
    + "printf 'p\\nq' > e1; printf 'p\\nq\\n' > e2; : > z; "
  static let labels = " --label A --label B"

  static let pairs = [
    "v1 v2", "v2 v1", "r1 r2", "r2 r1", "s1 s2", "s2 s1", "j1 j2", "j2 j1", "n1 n2", "n2 n1",
    "e1 e2", "e2 e1", "z v1", "v1 z",
  ]

  static let cases: [CommandOracleCase] =
    (pairs.map { "diff \($0)" } + pairs.map { "diff -u \($0)" + labels }
    + [
      "diff v1 v1", "diff -s v1 v1", "diff -q v1 v2", "diff --brief v1 v1",
      "diff -U 1 n1 n2" + labels, "diff -U0 v1 v2" + labels, "diff -U 10 n1 n2" + labels,
      "diff -u --label=A --label=B s1 s2", "printf 'a\\nc\\n' | diff - v1",
      "printf 'a\\nc\\n' | diff -u v1 -" + labels, "diff v1 nofile", "diff nofile v1",
      "diff -q v1", "diff v1 v2 v1",
    ]).map { CommandOracleCase(files + $0) }

  @Test(arguments: cases) func matchesDiffutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }

  /// Pseudo-random files of 0 to 24 lines over three letters (a fixed linear congruential
  /// sequence): many equally short edit scripts exist, and GNU picks one.
  /// Pseudo-random files of 0 to 30 lines over three letters (a fixed linear congruential
  /// sequence): many equally short edit scripts exist, and GNU picks one. Normal format, `-U 1`
  /// and `-u` in turn (the context changes which identical lines the analysis sees).
  static let randomCases: [CommandOracleCase] = {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func file() -> String {
      (0..<next(31)).map { _ in ["a", "b", "c"][next(3)] + "\\n" }.joined()
    }
    let formats = ["", "-U 1 --label a --label b ", "-u --label a --label b "]
    return (0..<120).map { index in
      CommandOracleCase(
        "printf '\(file())' > a; printf '\(file())' > b; diff \(formats[index % 3])a b")
    }
  }()

  @Test(arguments: randomCases) func randomFilesMatchDiffutils(_ c: CommandOracleCase) async throws
  {
    try await CommandOracleTable.check(c)
  }
}
