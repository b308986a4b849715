import Testing

/// Array elements inside arithmetic against bash 5.2: `$(( a[i] ))`, `(( m[$k]++ ))`,
/// `(( a[2] = 7 ))`, `let`, `for (( … ))`, negative and computed subscripts, associative keys,
/// and an unset element under `set -u`.
@Suite struct ArithmeticElementOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "read elements", "a=(3 4)\necho $(( a[0] + a[1] ))\n(( a[1] > 3 )) && echo big"),
    ShellOracleCase(
      "computed subscripts", "a=(1 2 3)\ni=1\necho $(( a[i] * 10 )) $(( a[i + 1] )) $(( a[-1] ))"),
    ShellOracleCase(
      "increments and compound assignments",
      "c=(0 10)\n(( c[0]++ )) || echo \"was zero\"\n(( c[0]++ ))\n(( c[1] += 5, c[1] *= 2 ))\n"
        + "echo \"${c[*]}\""),
    ShellOracleCase(
      "an assignment creates the element",
      "a=()\n(( a[2] = 7 ))\necho \"${#a[@]} ${a[2]} ${!a[*]}\""),
    ShellOracleCase(
      "associative counters",
      "declare -A m=([x]=1)\n(( m[x] += 5 ))\nk=x\n(( m[$k]++ ))\n(( m[y]++ )) || true\n"
        + "echo \"${m[x]} ${m[y]}\""),
    ShellOracleCase(
      "sum over an array in for (( ))",
      "a=(5 6 7)\ns=0\nfor (( i = 0; i < ${#a[@]}; i++ )); do\n  (( s += a[i] ))\ndone\necho $s"),
    ShellOracleCase("let with elements", "a=(4)\nlet 'a[1] = a[0] * 2'\necho \"${a[@]}\""),
    ShellOracleCase("element values are expressions", "a=('2 + 3' 4)\necho $(( a[0] * a[1] ))"),
    ShellOracleCase("an unset element under set -u", "a=(1)\necho $(( a[5] + 1 ))\necho never"),
    ShellOracleCase("an unset array under set -u", "echo $(( zz[1] + 1 ))\necho never"),
    ShellOracleCase("an unset element without set -u", "set +u\na=(1)\necho $(( a[5] + 1 ))"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
