import Testing

/// `[[ -v NAME ]]`, `[ -v NAME ]` and `test -v NAME` against bash 5.2: set, empty, unset and `local` variables, positional
/// parameters, indexed array elements (arithmetic subscripts) and associative array keys.
@Suite struct IsSetTestOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "set, empty and unset",
      "a=1\nb=\n[[ -v a ]] && echo a\n[[ -v b ]] && echo b\n[[ -v c ]] || echo no-c"),
    ShellOracleCase("negated", "[[ ! -v nope ]] && echo unset"),
    ShellOracleCase(
      "declared without a value",
      "f() {\n  local x\n  [[ -v x ]] || echo x-unset\n  x=1\n  [[ -v x ]] && echo x-set\n}\nf"),
    ShellOracleCase(
      "positional parameters",
      "f() {\n  [[ -v 1 ]] && echo one\n  [[ -v 2 ]] || echo no-two\n}\nf a"),
    ShellOracleCase(
      "indexed elements",
      "a=(x '' z)\nunset 'a[2]'\ni=1\n[[ -v a[0] ]] && echo 0\n[[ -v a[i] ]] && echo 1\n[[ -v a[2] ]] || echo no-2"
    ),
    ShellOracleCase(
      "associative keys",
      "declare -A m=([k]=v [e]=)\nkey=k\n[[ -v m[k] ]] && echo k\n[[ -v m[$key] ]] && echo key\n[[ -v m[e] ]] && echo e\n[[ -v m[z] ]] || echo no-z"
    ),
    ShellOracleCase(
      "in a condition list", "x=1\nif [[ -v x && ! -v y ]]; then echo ok; fi"),
    ShellOracleCase(
      "[ -v ] and test -v",
      "a=1\nb=\n[ -v a ] && echo a\n[ -v b ] && echo b\ntest -v c || echo no-c\n[ ! -v c ] && echo not-c"
    ),
    ShellOracleCase(
      "[ -v ] with -a, -o and elements",
      "a=(x y)\ni=1\n[ -v a -a -v 'a[1]' ] && echo both\n[ -v nope -o -v a ] && echo either\n[ -v 'a[i]' ] && echo i\n[ -v 'a[5]' ] || echo no-5"
    ),
    ShellOracleCase(
      "[ -v ] of a positional parameter",
      "f() { [ -v 1 ] && echo one; test -v 2 || echo no-two; }\nf a"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
