import Testing

/// Command substitutions in the other places bash expands words, against bash 5.2: here-strings,
/// here-documents, redirection targets (after the command's words), `case` subjects, `for`
/// lists (split into words), nested substitutions and backticks, declarations, array elements,
/// and several substitutions in one word (left to right, the command's status afterwards).
@Suite struct WordSubstitutionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "here-strings",
      """
      read -r a b <<< "$(echo one two)"
      echo "$b-$a"
      cat <<< "$(echo hi)"
      grep -c x <<< "$(printf 'x\\nx\\ny')"
      """),
    ShellOracleCase(
      "here-documents",
      """
      v=1
      cat <<EOF
      value: $(echo "v$v")
      EOF
      """),
    ShellOracleCase(
      "redirection targets",
      """
      d=out
      mkdir -p "$d"
      echo data > "$d/$(echo name).json"
      echo more >> "$d/$(echo name).json"
      cat < "$d/$(echo name).json"
      { echo grouped; } > "$d/$(echo group).txt"
      cat "$d/group.txt"
      printf 'b\na\n' | sort > "$d/$(echo sorted).txt"
      cat "$d/sorted.txt"
      """),
    ShellOracleCase(
      "the command's words are expanded before its redirections",
      """
      echo "$(echo word >&2; echo w)" > "$(echo target >&2; echo f.txt)"
      cat f.txt
      """),
    ShellOracleCase(
      "case subjects",
      """
      case "$(echo b)" in a) echo A ;; b) echo B ;; esac
      case $(echo x y) in "x y") echo joined ;; *) echo other ;; esac
      """),
    ShellOracleCase(
      "for lists split the output into words",
      """
      for x in $(echo a b) "$(echo c d)" e; do echo "[$x]"; done
      for n in $(seq 1 3); do echo "n$n"; done
      last=2
      for i in $(seq 1 "$last"); do echo "i$i"; done
      for none in $(true); do echo never; done
      echo "after $?"
      """),
    ShellOracleCase(
      "for lists under set -x: the substitutions, then each iteration's header",
      """
      set -x
      for i in $(seq 1 2); do :; done
      for w in $(echo a b) c; do echo "$w"; done
      """),
    ShellOracleCase(
      "nested substitutions and backticks",
      """
      echo "$(echo "$(echo n)-m")"
      echo `echo bt`
      x=`echo a`
      echo "$x"
      """),
    ShellOracleCase(
      "declarations with a substitution inside the value",
      """
      f() { local x="a-$(echo l)"; echo "$x"; }
      f
      export E="e-$(echo x)"
      echo "$E"
      declare D="d-$(echo y)"
      echo "$D"
      """),
    ShellOracleCase(
      "array elements",
      """
      arr=("$(echo a)" "$(echo b c)")
      echo "${#arr[@]} ${arr[1]}"
      arr+=($(echo d e))
      echo "${#arr[@]} ${arr[3]}"
      """),
    ShellOracleCase(
      "several substitutions in one word, left to right, and the status afterwards",
      """
      echo "$(echo 1 >&2; echo one) and $(echo 2 >&2; echo two)"
      set +e
      x=$(false)
      echo "assignment: $?"
      echo "$(false)"
      echo "echo: $?"
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
