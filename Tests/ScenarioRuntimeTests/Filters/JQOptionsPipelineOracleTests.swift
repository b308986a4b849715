import Testing

/// jq's output options (`-a`, `-C`, `-M`), file arguments (`--rawfile`, `--slurpfile`,
/// `$ARGS.named`) and positional ones (`--args`, `--jsonargs`) in pipelines: the interpreter must print, exit and complain as bash with
/// jq 1.6 does.
@Suite struct JQOptionsPipelineOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("jq -a", #"printf '{"é":"☃ x"}' | jq -a ."#),
    ShellOracleCase("jq -ar quotes strings", #"printf '["é","x",1]' | jq -ar '.[]'"#),
    ShellOracleCase("jq -C", #"printf '{"a":[1,"x",null,true]}' | jq -C ."#),
    ShellOracleCase("jq -C -c -S", #"printf '{"b":{"d":1},"a":false}' | jq -CcS ."#),
    ShellOracleCase("jq -C then -M", #"printf '{"a":1}' | jq -C -M ."#),
    ShellOracleCase("jq -rM in a cluster", #"printf '["x"]' | jq -rM '.[]'"#),
    ShellOracleCase(
      "jq --rawfile",
      #"""
      printf 'line one\nline two\n' > notes.txt
      jq -n --rawfile notes notes.txt '$notes | split("\n") | length'
      """#),
    ShellOracleCase(
      "jq --slurpfile and $ARGS.named",
      #"""
      printf '1 2\n{"a":"é"}\n' > values.json
      jq -nc --slurpfile v values.json --arg k x '$v, $ARGS.named'
      """#),
    ShellOracleCase(
      "jq --rawfile of a missing file",
      #"""
      jq -n --rawfile notes missing.txt '$notes' || echo "status $?"
      """#),
    ShellOracleCase(
      "jq --slurpfile of bad JSON",
      #"""
      printf '1 [2' > bad.json
      jq -n --slurpfile v bad.json '$v' || echo "status $?"
      """#),
    ShellOracleCase(
      "jq --slurpfile on input",
      #"""
      printf '{"id":2}\n{"id":3}\n' > ids.json
      printf '{"items":[{"id":1},{"id":2},{"id":3}]}' \
        | jq -c --slurpfile ids ids.json '[.items[] | select(.id as $i | $ids | any(.id == $i))]'
      """#),
    ShellOracleCase(
      "jq --args and --jsonargs",
      #"""
      NAME="two words"
      jq -nc '$ARGS.positional' --args one "$NAME" --jsonargs '{"n":1}' 2
      printf '{"id":1}' | jq -c --args '[.id, $ARGS.positional]' a b
      """#),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
