import Testing

/// jq's `$ENV` and `env` in pipelines: the variables the shell exports to jq (exported ones,
/// `env NAME=VALUE jq …`, a subshell's exports), never the shell's other variables nor the
/// runtime's own process environment.
@Suite(.requiresTools("/usr/bin/jq"))
struct JQEnvironmentPipelineOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "exported variable in $ENV",
      #"""
      export T_A=1
      jq -n '$ENV.T_A'
      """#),
    ShellOracleCase(
      "non-exported variable is absent",
      #"""
      T_B=2
      jq -n '$ENV.T_B, env.T_B, ($ENV | has("T_B"))'
      """#),
    ShellOracleCase(
      "env and $ENV agree",
      #"""
      export T_C="two words"
      jq -nc '[env.T_C, $ENV.T_C, (env | has("T_C")), (env == $ENV)]'
      """#),
    ShellOracleCase(
      "env NAME=VALUE jq",
      #"""
      env T_D=4 jq -nr 'env.T_D'
      jq -n 'env.T_D'
      """#),
    ShellOracleCase(
      "NAME=value jq",
      #"""
      T_P=p jq -nr 'env.T_P'
      jq -n 'env.T_P'
      T_Q=1
      T_Q=2 jq -n '$ENV.T_Q'
      echo "$T_Q"
      V="a  b"
      T_R=$V T_S= jq -nc '[env.T_R, env.T_S]'
      """#),
    ShellOracleCase(
      "export after assignment, then unset",
      #"""
      T_E=5
      export T_E
      jq -n 'env.T_E'
      unset T_E
      jq -n '$ENV | has("T_E")'
      """#),
    ShellOracleCase(
      "exported without a value",
      #"""
      export T_F
      jq -n '$ENV | has("T_F")'
      """#),
    ShellOracleCase(
      "the exported names, sorted",
      #"""
      export T_H=h T_G=g
      T_I=i
      jq -nc '[env | keys[] | select(startswith("T_"))]'
      """#),
    ShellOracleCase(
      "a subshell's export",
      #"""
      (export T_S=s; jq -n 'env.T_S')
      jq -n 'env.T_S'
      """#),
    ShellOracleCase(
      "JSON in a variable",
      #"""
      export T_J='{"a":[1,2]}'
      jq -nc 'env.T_J | fromjson | .a'
      """#),
    ShellOracleCase(
      "variables the runner gives",
      #"""
      jq -nr '$ENV.HOME == env.HOME, ($ENV.PATH | type), $ENV.T_GIVEN'
      """#, variables: ["T_GIVEN": "given"]),
    ShellOracleCase(
      "on input, with --arg and a file",
      #"""
      export T_K=k
      printf '{"k":"k"}' > in.json
      jq -c --arg x 1 '[.k == env.T_K, $x, $ENV.T_K]' in.json
      printf '[1]' | jq -c '. + [$ENV.T_K]'
      """#),
    ShellOracleCase(
      "$ENV wins over --arg ENV",
      #"""
      jq -n --arg ENV x '$ENV | type'
      """#),
    ShellOracleCase(
      "a program's own env",
      #"""
      export T_L=l
      jq -nc 'def env: {T_L: "mine"}; [env.T_L, $ENV.T_L]'
      """#),
    ShellOracleCase(
      "in a function, with its local",
      #"""
      f() { local T_M=m; jq -n '$ENV.T_M'; }
      g() { local T_M; jq -n '$ENV.T_M'; }
      h() { local T_N=n; jq -n '$ENV | has("T_N")'; }
      export T_M=outer
      f
      g
      h
      jq -nr 'env.T_M'
      """#),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
