import Testing

/// `declare`/`typeset` inside a function make locals, as `local` does; `declare -g` assigns
/// the global; at top level `declare` is global (bash 5.2).
@Suite struct DeclareLocalOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "declare in a function is local",
      "x=outer\nf() { declare x=inner; echo \"$x\"; }\nf\necho \"$x\""),
    ShellOracleCase(
      "typeset in a function is local",
      "y=outer\nf() { typeset y=inner; typeset z=new; echo \"$y $z\"; }\nf\necho \"$y ${z-unset}\""),
    ShellOracleCase(
      "declare -g assigns the global",
      "x=outer\nf() { declare -g x=global; declare -g w=made; }\nf\necho \"$x $w\""),
    ShellOracleCase(
      "declare -a and -A in a function are local",
      "a=(1 2)\nf() { declare -a a=(x); declare -A m=([k]=v); echo \"${a[*]} ${m[k]}\"; }\nf\necho \"${a[*]} ${m-unset}\""
    ),
    ShellOracleCase(
      "declare -x in a function is a local exported variable",
      "f() { declare -x E=1; printenv E; }\nf\necho \"${E-unset}\""),
    ShellOracleCase(
      "declare at top level is global", "declare t=1\nf() { echo \"$t\"; t=2; }\nf\necho \"$t\""),
    ShellOracleCase(
      "a local declared in a caller is seen by the callee",
      "g() { echo \"in g: $v\"; }\nf() { declare v=from-f; g; }\nf\necho \"${v-unset}\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
