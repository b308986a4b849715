import Testing

/// Quoting inside pattern words against bash 5.2: in `[[ X == P ]]`, `case` arms, `${V#P}`,
/// `${V%P}` and `${V/P/R}`, quoted text matches itself (`*"?"*`, `*'[x]'*`), a backslash
/// escapes the next character, and only unquoted `*`, `?` and `[…]` match as patterns.
@Suite struct PatternQuotingOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "[[ == ]] with quoted pattern characters",
      """
      for v in 'a?b' axb 'a*b' 'a[x]b' ax; do
        [[ $v == *"?"* ]] && echo "$v: has ?" || echo "$v: no ?"
        [[ $v == *'*'* ]] && echo "$v: has *" || echo "$v: no *"
        [[ $v == *"[x]"* ]] && echo "$v: has [x]" || echo "$v: no [x]"
        [[ $v == a[x]* ]] && echo "$v: a then x" || echo "$v: not a then x"
      done
      """),
    ShellOracleCase(
      "[[ != ]] and backslash escapes",
      """
      v='a*b'
      [[ $v != a\\*b ]] && echo differs || echo same
      [[ axb == a\\*b ]] && echo glob || echo literal
      [[ $v == a\\** ]] && echo prefix || echo no-prefix
      [[ 'a\\b' == a\\\\b ]] && echo backslash || echo no-backslash
      [[ $v == "a*b" ]] && echo quoted-equal || echo quoted-differs
      """),
    ShellOracleCase(
      "case arms with quoted and escaped pattern characters",
      """
      for v in 'x?' xy '[a]' a 'a*' ab; do
        case $v in
          x"?") echo "$v: x then ?" ;;
          '[a]') echo "$v: bracket text" ;;
          a\\*) echo "$v: a then star" ;;
          x?|[a]|a*) echo "$v: glob" ;;
          *) echo "$v: none" ;;
        esac
      done
      """),
    ShellOracleCase(
      "${V#P}, ${V%P} and ${V/P/R} with quoted pattern characters",
      """
      v='*a?b*c?'
      echo "${v#"*"}" "${v#*}" "${v##*"?"}" "${v%"?"}" "${v%\\?*}"
      echo "${v/"?"/Q}" "${v//"?"/Q}" "${v//[?]/Q}" "${v/'*'/S}" "${v//\\*/S}"
      w='[x]x[x]'
      echo "${w//"[x]"/y}" "${w//[x]/y}"
      """),
    ShellOracleCase(
      "quoted expansions in patterns match literally",
      """
      q='?'
      v=axb
      [[ $v == *"$q"* ]] && echo glob || echo literal
      case $v in *"$q"*) echo glob ;; *) echo literal ;; esac
      echo "${v#"$q"}"
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
