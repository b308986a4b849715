import Testing

/// Command substitutions in the words of `[[ … ]]`, `[ … ]` and `test` against bash 5.2: a
/// `[[ ]]` test's substitutions run only when `&&`/`||` reach the test (a skipped one prints
/// nothing on standard error here), left operand first, with `set -x` lines and the status
/// bash gives.
@Suite struct TestSubstitutionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "a substitution as an operand of [[ ]] in if, && and while",
      """
      if [[ "$(echo b)" == b ]]; then echo yes; fi
      [[ -n "$(echo b)" ]] && echo non-empty
      [[ -z $(true) ]] && echo empty
      i=0
      while [[ $(echo "$i") != 3 ]]; do i=$((i + 1)); done
      echo "i=$i"
      until [[ "$(echo "$i")" == 0 ]]; do i=$((i - 1)); done
      echo "i=$i"
      """),
    ShellOracleCase(
      "[ ] and test with substitutions",
      """
      if [ "$(echo b)" = b ]; then echo yes; fi
      [ "$(echo b)" = x ] || echo no
      test -n "$(echo v)" && echo set
      """),
    ShellOracleCase(
      "&& and || skip the substitutions of the tests they do not reach",
      """
      [[ $(echo a) == b && $(echo ran-1 >&2; echo c) == c ]] || echo skipped-1
      [[ $(echo a) == a || $(echo ran-2 >&2) == x ]] && echo skipped-2
      [[ $(echo a) == a && $(echo ran-3 >&2; echo c) == c ]] && echo both
      [[ ( $(echo a) == b || -n $(echo ran-4 >&2; echo y) ) && $(echo z) == z ]] && echo grouped
      """),
    ShellOracleCase(
      "negation, != and parentheses",
      """
      [[ ! ( $(echo a) == b ) ]] && echo negated
      [[ $(echo a) != a ]] || echo equal
      [[ ! -z "$(echo q)" ]] && echo not-empty
      """),
    ShellOracleCase(
      "patterns and regular expressions against a substitution",
      """
      [[ "$(echo abc)" == a* ]] && echo glob
      [[ $(echo v12) =~ ^v([0-9]+)$ ]] && echo "${BASH_REMATCH[1]}"
      [[ x$(echo y) == "xy" ]] && echo joined
      """),
    ShellOracleCase(
      "the left operand is expanded before the right one's substitution runs",
      """
      x=
      [[ ${x:=1} == $(echo "$x") ]] && echo same
      false || [[ $? == $(echo 1) ]] && echo status-first
      """),
    ShellOracleCase(
      "the test's status, not the substitution's",
      """
      [[ $(exit 3) == "" ]]
      echo "status $?"
      [[ $(false; echo x) == x ]] && echo never || echo "errexit ended the substitution"
      if [[ $(false; echo x) == x ]]; then echo "in a condition it goes on"; fi
      """),
    ShellOracleCase(
      "a false test ends the script under set -e",
      """
      [[ $(echo a) == b ]]
      echo unreachable
      """),
    ShellOracleCase(
      "set -x prints each substitution just before its test",
      """
      set -x
      [[ $(echo a) == a && $(echo b) == b ]]
      [[ $(echo a) == b && $(echo c) == c ]] || true
      [[ -n $(echo n) ]]
      """),
    ShellOracleCase(
      "a function's output as an operand",
      """
      status() { echo "$1-ok"; }
      if [[ "$(status api)" == api-ok && "$(status db)" == db-ok ]]; then echo healthy; fi
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
