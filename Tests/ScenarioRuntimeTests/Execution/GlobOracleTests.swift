import Testing

/// Filename globs in `for` lists against bash 5.2 (as the runner runs it, `LANG=C.UTF-8`):
/// `*`, `?`, `[…]`, sorting, hidden files, directories in the pattern, quoted glob
/// characters, and a pattern that matches nothing (left as the word: no `nullglob`).
@Suite struct GlobOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "star", "touch b.json a.json c.txt\nfor f in *.json; do echo \"<$f>\"; done"),
    ShellOracleCase("no match leaves the pattern", "for f in *.json; do echo \"<$f>\"; done"),
    ShellOracleCase(
      "question mark", "touch r1.txt r22.txt r3.txt\nfor f in r?.txt; do echo \"$f\"; done"),
    ShellOracleCase(
      "bracket",
      "touch a1 b1 c1 d1\nfor f in [a-c]1; do echo \"$f\"; done\nfor f in [!ab]1; do echo \"$f\"; done"
    ),
    ShellOracleCase(
      "sorted by byte order",
      "touch B b a A _x 10 9 Z.json a.json\nfor f in *; do echo \"$f\"; done"),
    ShellOracleCase(
      "hidden files only with a leading dot",
      "touch .hidden visible\nfor f in *; do echo \"$f\"; done\nfor f in .h*; do echo \"$f\"; done"),
    ShellOracleCase(
      "directory prefix",
      "mkdir -p out/sub\ntouch out/x.json out/y.json out/sub/z.json\nfor f in out/*.json; do echo \"$f\"; done"
    ),
    ShellOracleCase(
      "glob in a directory component",
      "mkdir -p r1 r2 rx\ntouch r1/log r2/log rx/other\nfor f in r*/log; do echo \"$f\"; done"),
    ShellOracleCase(
      "quoted part is literal",
      "mkdir -p 'my dir'\ntouch 'my dir/a.txt' '*.txt'\nfor f in \"my dir\"/*.txt; do echo \"$f\"; done\nfor f in '*'.txt; do echo \"[$f]\"; done"
    ),
    ShellOracleCase(
      "escaped star is literal", "touch a.txt\nfor f in \\*.txt; do echo \"[$f]\"; done"),
    ShellOracleCase(
      "mixed with plain words",
      "touch 2.log 1.log\nfor f in first *.log last; do echo \"$f\"; done"),
    ShellOracleCase(
      "no match in a directory", "mkdir -p d\nfor f in d/*.json; do echo \"[$f]\"; done"),
    ShellOracleCase(
      "matches directories too", "mkdir -p v1 v2\ntouch v3\nfor f in v*; do echo \"$f\"; done"),
    ShellOracleCase(
      "reading each match",
      "printf 'one\\n' > a.txt\nprintf 'two\\n' > b.txt\nfor f in *.txt; do\n  read -r line < \"$f\"\n  echo \"$f: $line\"\ndone"
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
