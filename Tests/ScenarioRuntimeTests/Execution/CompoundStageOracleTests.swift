import Testing

/// Compound commands as stages of a pipeline against bash 5.2: a group, a `for` and a `while`
/// loop, an `if` and a `case` feeding (or fed by) other commands, each stage in a subshell.
@Suite struct CompoundStageOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "a group into sort", "{ echo b; echo a; printf 'c\\n'; } | sort\necho \"rc=$?\""),
    ShellOracleCase(
      "a group's variables stay in its subshell", "x=1\n{ x=2; echo \"$x\"; } | cat\necho \"$x\""),
    ShellOracleCase(
      "a for loop into sort and head",
      "for i in 3 1 2; do echo \"item-$i\"; done | sort | head -n 2"),
    ShellOracleCase(
      "a for loop into jq",
      "for i in 1 2; do printf '{\"n\":%s}\\n' \"$i\"; done | jq -s -c 'map(.n) | add'"),
    ShellOracleCase(
      "a while loop between two commands",
      "printf 'a 1\\nb 2\\n' | while read -r k v; do echo \"$v=$k\"; done | sort -r"),
    ShellOracleCase(
      "an if into wc",
      "v=yes\nif [ \"$v\" = yes ]; then echo one; echo two; else echo three; fi | wc -l"),
    ShellOracleCase(
      "a failing group under pipefail", "{ echo a; false; } | cat\necho never"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
