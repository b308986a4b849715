import Testing

/// Command substitutions in the words of parameter expansions against bash 5.2: the word of
/// `${X:-…}`, `${X:=…}`, `${X:+…}`, `${X:?…}` and of their colon-less forms is expanded (and its
/// substitution run) only when bash uses it; the pattern and replacement of `${X#…}` and
/// `${X/…/…}` always are.
@Suite struct ParameterWordSubstitutionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "default values",
      """
      unset x
      echo "${x:-$(echo default)}"
      x=
      echo "[${x:-$(echo null-default)}]"
      echo "[${x-$(echo ran-1 >&2)}]"
      x=v
      echo "${x:-$(echo ran-2 >&2; echo e)}"
      unset x
      echo "[${x-$(echo unset-default)}]"
      """),
    ShellOracleCase(
      "assigned defaults",
      """
      unset y
      echo "${y:=$(echo assigned)}"
      echo "$y"
      echo "${y:=$(echo ran >&2)}"
      unset z
      echo "[${z=$(echo plain)}] $z"
      """),
    ShellOracleCase(
      "alternative values",
      """
      z=
      echo "[${z:+$(echo ran-1 >&2)}]"
      echo "[${z+$(echo set-but-null)}]"
      z=1
      echo "[${z:+$(echo alternative)}]"
      unset z
      echo "[${z+$(echo ran-2 >&2)}]"
      """),
    ShellOracleCase(
      "error messages",
      """
      w=1
      echo "${w:?$(echo ran >&2)}"
      unset w
      echo "${w:?$(echo "is missing")}"
      echo unreachable
      """),
    ShellOracleCase(
      "nested defaults",
      """
      unset a b
      echo "${a:-${b:-$(echo inner)}}"
      b=B
      echo "${a:-${b:-$(echo ran-1 >&2)}}"
      a=A
      echo "${a:-${b:-$(echo ran-2 >&2)}}"
      """),
    ShellOracleCase(
      "in assignments, declarations and arguments",
      """
      unset u
      v=${u:-$(echo dv)}
      echo "$v"
      f() { local x="${1:-$(echo none)}"; echo "$x"; }
      f
      f given
      v=${u:-$(exit 4)} || echo "status $?"
      echo "${u:-$(exit 5)}"
      echo "status $?"
      v="a-$(exit 6)" || echo "status $?"
      """),
    ShellOracleCase(
      "in a [[ ]] test",
      """
      unset q
      [[ ${q:-$(echo d)} == d ]] && echo ok
      q=set
      [[ ${q:-$(echo ran >&2)} == set ]] && echo kept
      """),
    ShellOracleCase(
      "patterns and replacements are always expanded",
      """
      v=abc
      echo "${v#$(echo a)}"
      echo "${v%$(echo c)}"
      echo "${v/b/$(echo B)}"
      echo "${v//$(echo b)/-}"
      """),
    ShellOracleCase(
      "set -x shows only the substitutions that ran",
      """
      set -x
      unset x
      echo "${x:-$(echo d)}"
      x=1
      echo "${x:-$(echo e)}"
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
