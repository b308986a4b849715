import Testing

/// jq's input options in pipelines: `--seq`, `--stream` (with `-n`/`inputs`, `-s`,
/// `fromstream`, `truncate_stream`), `-f`/`--from-file` and `input`/`inputs`: the interpreter
/// must print, exit and complain as bash with jq 1.6 does.
@Suite(.requiresTools("/usr/bin/jq"))
struct JQInputOptionsPipelineOracleTests {
  static let seqCases: [ShellOracleCase] = [
    ShellOracleCase("--seq output", #"printf '{"a":1}\n[2]\n' | jq --seq -c ."#),
    ShellOracleCase("--seq pretty", #"printf '{"a":[1]}' | jq --seq ."#),
    ShellOracleCase("--seq input", #"printf '\036{"a":1}\n\036[2]\n' | jq --seq -c '.'"#),
    ShellOracleCase(
      "--seq skips a bad text", #"printf '\036{"a":1}\n\036{bad\n\0363\n' | jq --seq -c ."#),
    ShellOracleCase("--seq with -r strings", #"printf '["x",1,"y"]' | jq --seq -r '.[]'"#),
    ShellOracleCase("--seq -n", #"jq -n --seq '1, "a", null'"#),
    ShellOracleCase("--seq without separators", #"printf '1 2' | jq --seq ."#),
    ShellOracleCase("--seq -j", #"printf '[1,"x"]' | jq --seq -j '.[]'"#),
    ShellOracleCase("--seq -s", #"printf '\0361\n\0362\n' | jq --seq -sc ."#),
  ]

  static let streamCases: [ShellOracleCase] = [
    ShellOracleCase("--stream", #"printf '{"a":[1,{"b":2}]}' | jq -c --stream ."#),
    ShellOracleCase("--stream scalar", #"printf '3 "x"' | jq -c --stream ."#),
    ShellOracleCase(
      "--stream -n inputs", #"printf '{"a":[1,{"b":2}]} 3' | jq -nc --stream '[inputs]'"#),
    ShellOracleCase("--stream -s", #"printf '{"a":[1,{"b":2}]}' | jq -c --stream -s ."#),
    ShellOracleCase(
      "--stream fromstream", #"printf '{"a":[1,2]} [3]' | jq -nc --stream 'fromstream(inputs)'"#),
    ShellOracleCase(
      "--stream truncate_stream",
      #"printf '[1,{"a":2}] "x"' | jq -nc --stream '[1|truncate_stream(inputs)]'"#),
    ShellOracleCase(
      "--stream select leaves",
      #"printf '{"a":{"b":1,"c":[true]}}' | jq -c --stream 'select(length == 2) | .[0] | join(".")' "#
    ),
    ShellOracleCase(
      "--stream parse error", #"printf '{"a":[1,2' | jq -c --stream . || echo "status $?""#),
    ShellOracleCase(
      "--stream with a file",
      #"""
      printf '[{"id":1},{"id":2}]' > items.json
      jq -nc --stream 'fromstream(1 | truncate_stream(inputs))' items.json
      """#),
  ]

  static let fromFileCases: [ShellOracleCase] = [
    ShellOracleCase(
      "-f then an input file",
      #"""
      printf '.a | . + 1\n' > prog.jq
      printf '{"a":5}' > in.json
      jq -f prog.jq in.json
      """#),
    ShellOracleCase(
      "-f on standard input",
      #"""
      printf '# comment\n.items[] | .id\n' > prog.jq
      printf '{"items":[{"id":1},{"id":2}]}' | jq -f prog.jq
      """#),
    ShellOracleCase(
      "--from-file with -n and --arg",
      #"""
      printf '{name: $n}' > prog.jq
      jq -nc --arg n x --from-file prog.jq
      """#),
    ShellOracleCase(
      "-nf in a cluster",
      #"""
      printf '[1,2] | add' > prog.jq
      jq -nf prog.jq
      """#),
    ShellOracleCase(
      "-f after the program file",
      #"""
      printf '.b' > prog.jq
      printf '{"b":true}' > in.json
      jq prog.jq -f in.json
      """#),
    ShellOracleCase(
      "-f of a missing file", #"jq -f missing.jq <<< '{}' || echo "status $?""#),
    ShellOracleCase(
      "-f of a directory",
      #"""
      mkdir d
      jq -f d <<< '{}' || echo "status $?"
      """#),
    ShellOracleCase(
      "-f of a program that does not compile",
      #"""
      printf '.a |\n' > bad.jq
      jq -f bad.jq <<< '{}' || echo "status $?"
      """#),
    ShellOracleCase(
      "-f with a shebang line",
      #"""
      printf '#!/usr/bin/jq -f\n.x\n' > prog.jq
      printf '{"x":"y"}' | jq -rf prog.jq
      """#),
    ShellOracleCase(
      "-f of a file named by a variable",
      #"""
      P=prog.jq
      printf 'env.T_P' > "$P"
      export T_P=p
      jq -nr -f "$P"
      """#),
  ]

  static let inputCases: [ShellOracleCase] = [
    ShellOracleCase("input with -n", #"printf '1 2 3' | jq -nc '[input, input]'"#),
    ShellOracleCase("inputs with -n", #"printf '1 2 3' | jq -nc '[inputs]'"#),
    ShellOracleCase("input pairs", #"printf '1 2 3 4' | jq -c '[., input]'"#),
    ShellOracleCase(
      "input past the end", #"printf '1' | jq -n 'input, input' || echo "status $?""#),
    ShellOracleCase("inputs after the first", #"printf '1 2 3' | jq -c '[., [inputs]]'"#),
    ShellOracleCase(
      "inputs with -R", #"printf 'a\nb\n' | jq -nR '[inputs | ascii_upcase]' -c"#),
    ShellOracleCase(
      "reduce inputs", #"printf '{"n":1}\n{"n":2}\n' | jq -n 'reduce inputs as $x (0; . + $x.n)'"#),
    ShellOracleCase(
      "first(inputs) and input_line_number",
      #"printf '1\n2\n3\n' | jq -nc '[first(inputs), input_line_number]'"#),
    ShellOracleCase(
      "inputs over files",
      #"""
      printf '1' > a.json
      printf '2 3' > b.json
      jq -nc '[inputs]' a.json b.json
      """#),
  ]

  @Test(arguments: seqCases) func seqMatchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: streamCases) func streamMatchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: fromFileCases) func fromFileMatchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: inputCases) func inputMatchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
