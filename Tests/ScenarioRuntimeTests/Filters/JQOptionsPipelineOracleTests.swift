import Testing

/// jq's output options (`-a`, `-C` with `JQ_COLORS`, `-M`, `--tab`, `--indent N`, `-j`), file arguments (`--rawfile`, `--slurpfile`,
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
      "jq -C nested and empty",
      #"printf '{"a":{"b":[],"c":{}},"d":[[1.5,-2]],"e":"q\\"x\\u00e9"}' | jq -C ."#),
    ShellOracleCase("jq -C -r strings", #"printf '["x",{"y":1}]' | jq -Cr '.[]'"#),
    ShellOracleCase("jq -C --tab", #"printf '{"a":[true,false]}' | jq -C --tab ."#),
    ShellOracleCase("jq -C --indent 1 -S", #"printf '{"b":1,"a":[null]}' | jq -CS --indent 1 ."#),
    ShellOracleCase("jq --color-output -a", #"printf '["é"]' | jq --color-output -a -c ."#),
    ShellOracleCase(
      "jq -C with JQ_COLORS",
      #"""
      JQ_COLORS='0;31:0;32:0;33:0;34:0;35:0;36:0;37' jq -C -c . <<< '{"a":[1,"x",null,true,false]}'
      export JQ_COLORS='1;30:4;31'
      jq -C . <<< '[null,false,true]'
      """#),
    ShellOracleCase(
      "jq with an invalid JQ_COLORS",
      #"""
      JQ_COLORS=garbage jq -C . <<< '[1]'
      JQ_COLORS='x' jq . <<< '2'
      """#),
    ShellOracleCase(
      "jq -C ignores an unexported JQ_COLORS",
      #"""
      JQ_COLORS='0;31'
      jq -C . <<< 'null'
      """#),
    ShellOracleCase("jq --tab", #"printf '{"a":[1,{"b":null}]}' | jq --tab ."#),
    ShellOracleCase("jq --tab -c", #"printf '{"a":[1]}' | jq --tab -c ."#),
    ShellOracleCase("jq --indent 0", #"printf '{"a":[1]}' | jq --indent 0 ."#),
    ShellOracleCase("jq --indent 1", #"printf '{"a":[1]}' | jq --indent 1 ."#),
    ShellOracleCase("jq --indent 7", #"printf '{"a":[1]}' | jq --indent 7 ."#),
    ShellOracleCase("jq --indent 3 --tab", #"printf '{"a":[1]}' | jq --indent 3 --tab ."#),
    ShellOracleCase(
      "jq --indent 8 is refused", #"printf '1' | jq --indent 8 . || echo "status $?""#),
    ShellOracleCase("jq -j", #"printf '["a",1,{"b":"c"},"d"]' | jq -j '.[]'"#),
    ShellOracleCase("jq -j -e false", #"printf 'false' | jq -je . || echo "status $?""#),
    ShellOracleCase("jq --join-output -a", #"printf '["é","x"]' | jq --join-output -a '.[]'"#),
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
    ShellOracleCase(
      "jq $ARGS with --arg, --argjson and --args",
      #"""
      jq -nc --arg a 1 --argjson b '{"c":2}' '$ARGS' --args x y
      """#),
    ShellOracleCase(
      "jq --rawfile keeps bytes and newlines",
      #"""
      printf 'a\tb\n\nc' > raw.txt
      jq -n --rawfile r raw.txt '$r | length, .'
      """#),
    ShellOracleCase(
      "jq --slurpfile of an empty file",
      #"""
      : > empty.json
      jq -nc --slurpfile v empty.json '$v'
      """#),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
