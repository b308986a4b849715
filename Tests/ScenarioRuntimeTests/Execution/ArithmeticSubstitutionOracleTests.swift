import Testing

/// Command substitutions inside arithmetic against bash 5.2: `$(( $(cmd) + 1 ))`,
/// `(( $(cmd) > 3 ))`, `x=$(( $(wc -l < f) * 2 ))`. bash puts the substitution's output into the
/// expression's text before it evaluates it (`$(echo 2+3) * 2` is 8), and an assignment's
/// status is its substitution's.
@Suite struct ArithmeticSubstitutionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "in $(( ))",
      """
      echo $(( $(echo 2) + 1 ))
      printf 'a\\nb\\n' > f
      x=$(( $(wc -l < f) * 2 ))
      echo "$x"
      echo "$(( $(echo 2+3) * 2 ))"
      echo $(( `echo 4` / 2 ))
      echo $(( $(echo) + 1 ))
      """),
    ShellOracleCase(
      "in (( ))",
      """
      n=3
      (( $(echo "$n") > 2 )) && echo big
      (( $(echo 1) > 2 )) || echo small
      if (( $(printf '%s' 5) % 2 )); then echo odd; fi
      """),
    ShellOracleCase(
      "the status of an assignment is its substitution's",
      """
      echo $(( $(exit 2) + 1 ))
      y=$(( $(false) + 1 )) || echo "status $? y=$y"
      z=$(( $(false) + 1 ))
      echo unreachable
      """),
    ShellOracleCase(
      "a substitution whose output is a name",
      """
      echo $(( $(echo abc) + 1 ))
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
