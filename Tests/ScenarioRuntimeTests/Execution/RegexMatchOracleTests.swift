import Testing

/// `[[ WORD =~ REGEX ]]` against bash 5.2: POSIX extended regular expressions (glibc), the
/// quoted parts of the right side matched literally, `BASH_REMATCH` with the whole match and
/// each group, its status (1 on no match, 2 on a bad expression).
@Suite struct RegexMatchOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "groups into BASH_REMATCH",
      "v='id=42 name=x'\nif [[ $v =~ id=([0-9]+)\\ name=(.*) ]]; then\n  echo \"${BASH_REMATCH[0]}|${BASH_REMATCH[1]}|${BASH_REMATCH[2]}|${#BASH_REMATCH[@]}\"\nfi"
    ),
    ShellOracleCase(
      "a regex from a variable",
      "re='^v([0-9]+)\\.([0-9]+)$'\n[[ v1.23 =~ $re ]] && echo \"${BASH_REMATCH[2]}\""),
    ShellOracleCase(
      "quoted parts match literally",
      "[[ 'a.b' =~ ^a\".\"b$ ]] && echo dot\n[[ 'axb' =~ ^a\".\"b$ ]] || echo nodot"),
    ShellOracleCase(
      "no match empties BASH_REMATCH",
      "[[ abc =~ (b) ]]\n[[ abc =~ (z) ]] || echo \"rc=$? [${BASH_REMATCH[*]}] ${#BASH_REMATCH[@]}\""
    ),
    ShellOracleCase(
      "an unmatched optional group",
      "[[ ac =~ a(b)?c ]] && echo \"[${BASH_REMATCH[1]}] ${#BASH_REMATCH[@]}\""),
    ShellOracleCase(
      "the leftmost longest match", "[[ 'xaaay' =~ a+ ]] && echo \"${BASH_REMATCH[0]}\""),
    ShellOracleCase(
      "bracket expressions and anchors",
      "for s in abc-1 ABC_2 '3x'; do\n  [[ $s =~ ^[[:alpha:]]+[-_][0-9]$ ]] && echo \"yes $s\" || echo \"no $s\"\ndone"
    ),
    ShellOracleCase("a bad expression", "re='('\n[[ a =~ $re ]] || echo \"rc=$?\""),
    ShellOracleCase(
      "backslash-escaped characters match themselves",
      "[[ a.b =~ ^a\\.b$ ]] && echo esc\n[[ axb =~ ^a\\.b$ ]] || echo noesc"),
    ShellOracleCase(
      "combined with && and !",
      "v=abc\n[[ -n $v && $v =~ ^a ]] && echo both\n[[ ! $v =~ z ]] && echo negated"),
    ShellOracleCase(
      "parsing a JSON-ish line",
      "line='\"status\": 200,'\n[[ $line =~ \\\"status\\\":\\ ([0-9]{3}) ]] && echo \"code ${BASH_REMATCH[1]}\""
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
