import Testing

/// Expansions written unquoted in patterns against bash 5.2: their values are patterns (`*`,
/// `?`, `[…]` match, a backslash escapes), in `[[ == ]]`, `case` arms, `${v#…}`, `${v%…}` and
/// `${v/…/…}` (inside double quotes too), while `"$p"` matches its value literally.
@Suite struct UnquotedPatternExpansionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "[[ == ]] and !=",
      """
      p='a*'
      x=abc
      [[ $x == $p ]] && echo unquoted-matches
      [[ $x == "$p" ]] || echo quoted-does-not
      [[ $x != $p ]] || echo not-equal-negates
      [[ 'a*' == "$p" ]] && echo quoted-matches-itself
      r='[ab]c'
      [[ bc == $r ]] && echo class
      [[ xbc == x$r ]] && echo joined
      [[ bc == x$r ]] || echo anchored
      """),
    ShellOracleCase(
      "backslashes in the value escape",
      """
      q='a\\*'
      [[ 'a*' == $q ]] && echo escaped-star
      [[ ab == $q ]] || echo no-glob
      """),
    ShellOracleCase(
      "case arms",
      """
      p='v[0-9]*'
      for tag in v12 x1 'v[0-9]*'; do
        case $tag in
          "$p") echo "$tag literal" ;;
          $p) echo "$tag pattern" ;;
          *) echo "$tag other" ;;
        esac
      done
      """),
    ShellOracleCase(
      "parameter expansion patterns",
      """
      v=abcabc
      p='?b'
      echo "${v#$p} ${v##*$p} ${v%$p*} ${v//$p/-} ${v/#$p/^}"
      echo "${v#"$p"} ${v//"$p"/-}"
      echo ${v%%$p*}
      """),
    ShellOracleCase(
      "a command substitution's output is a pattern too",
      """
      [[ abc == $(echo 'a*') ]] && echo substituted-pattern
      [[ abc == "$(echo 'a*')" ]] || echo quoted-substitution
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
