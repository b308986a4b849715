import Testing

/// `COMMAND < <(COMMANDS)` against bash 5.2: the commands run in a subshell and what they print
/// is the command's input, while the command itself runs in the current shell (a `while read`
/// loop's variables, `mapfile`'s array and `read`'s variables stay set after it). The
/// substitution's status is not the command's, and its errors go to the shell's standard error.
@Suite struct ProcessSubstitutionInputOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "while read loop keeps its variables",
      """
      count=0
      while read -r line; do count=$((count + 1)); last=$line; done < <(printf 'a\\nb\\nc\\n')
      echo "$count $last"
      """),
    ShellOracleCase(
      "mapfile and read from a process substitution",
      """
      mapfile -t items < <(printf '%s\\n' x y z)
      echo "${#items[@]} ${items[1]}"
      read -r first second < <(echo one two three)
      echo "$first|$second"
      """),
    ShellOracleCase(
      "a filter reads a pipeline's output",
      """
      grep -c b < <(printf 'ab\\nbc\\ncd\\n')
      sort -r < <(printf '1\\n3\\n2\\n') | head -n 2
      jq -r '.a' < <(echo '{"a":1}' | jq -c .)
      """),
    ShellOracleCase(
      "the substitution's failure and errors",
      """
      while read -r line; do echo "got $line"; done < <(echo partial; echo oops >&2; false)
      echo "status $?"
      read -r x < <(exit 3) || echo "read failed $?"
      echo after
      """),
    ShellOracleCase(
      "a function and a variable inside the substitution",
      """
      produce() { local n; for n in "$@"; do echo "item-$n"; done; }
      prefix=p
      while read -r item; do echo "$prefix:$item"; done < <(produce 1 2)
      """),
    ShellOracleCase(
      "a variable set inside the substitution stays there",
      """
      v=outer
      cat < <(v=inner; echo "$v")
      echo "$v"
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
