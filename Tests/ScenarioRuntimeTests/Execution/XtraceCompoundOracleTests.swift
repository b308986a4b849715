import Testing

/// `set -x` against bash 5.2 for `[[ … ]]` (each test as it is evaluated, operands expanded and
/// unquoted, a pattern's quoted characters escaped), `(( … ))` and `for ((…))` (each clause as
/// written), `let`, `declare -f`, and the constructs around them: `case`, `while`/`until`
/// conditions, redirections, here-documents, pipelines and `set +x`.
let xtraceCompoundCases: [XtraceCase] = [
  XtraceCase(
    "[[ … ]] with expanded operands",
    #"""
    set -x
    x="p q"
    [[ $x == p* ]]
    [[ -n "$x" && a < b ]]
    [[ ! -z $x ]]
    [[ $x ]]
    [[ "" == "" ]]
    [[ 1 -eq 1 ]]
    """#),
  XtraceCase(
    "[[ … ]] patterns escape quoted characters",
    #"""
    set -x
    x="p q"
    [[ $x == "abc" ]] || true
    [[ $x != a"b c"* ]]
    [[ "$x" == p\ * ]]
    [[ $x == *" "* ]] || echo no
    [[ $x =~ ^"p."\ q$ ]] || echo no
    [[ $x =~ p\ (q)$ ]] && echo "${BASH_REMATCH[1]}"
    """#),
  XtraceCase(
    "[[ … ]] prints only the tests it evaluates",
    #"""
    set -x
    [[ a == b && c == d ]] || echo first
    [[ a == a || c == d ]]
    [[ ( a == b || c == c ) && -n x ]]
    [[ ! ( a == b && c == d ) ]]
    [[ -v x ]] || echo unset
    """#),
  XtraceCase(
    "a failing [[ … ]] ends the scenario", "set -x\nx=1\n[[ $x == 2 ]]\necho never"),
  XtraceCase(
    "[[ … ]] as a condition",
    "set -x\nfor f in a b; do\n  if [[ $f == a ]]; then echo A; fi\ndone\nwhile [[ ${#f} -lt 3 ]]; do f+=x; done"
  ),
  XtraceCase(
    "(( … ))",
    "set -x\ni=0\n(( i < 3 ))\n((i<3))\n(( i += 1, j = i * 2 ))\n((  j == 2  )) && echo two\n(( i - 1 )) || echo zero"
  ),
  XtraceCase(
    "for ((…))",
    "set -x\nfor (( k = 0; k < 2; k++ )); do echo $k; done\nfor ((n=3 ; n>1 ; n-- )); do :; done"),
  XtraceCase("for ((;;)) with break", "set -x\nfor ((;;)); do break; done\necho out"),
  XtraceCase("let", "set -x\nlet 'a = 1 + 2' b=3\nlet 'c=a*b'\necho \"$a $b $c\""),
  XtraceCase(
    "while and until conditions",
    "set -x\ni=0\nwhile (( i < 2 )); do i=$((i + 1)); done\nuntil [ \"$i\" = 0 ]; do i=$((i - 1)); done"
  ),
  XtraceCase(
    "case with its subject as written",
    "set -x\nx=b.txt\ncase \"$x\" in\n  *.md) echo md ;;\n  *.txt) echo txt ;;\nesac\ncase ${x%.txt} in b) echo b ;; esac"
  ),
  XtraceCase(
    "here-documents and here-strings",
    "set -x\ncat <<EOF\nline $HOME\nEOF\ntr a-z A-Z <<< 'abc'", unordered: false),
  XtraceCase(
    "[[ … ]] and (( … )) in a function with locals and export",
    #"""
    set -x
    check() {
      local name="$1" n=0
      [[ $name == a* ]] && (( n += 1 ))
      export RESULT="$name:$n"
    }
    check abc
    check xyz || true
    echo "$RESULT"
    """#),
  XtraceCase(
    "set +x stops tracing", "set -x\necho on\nset +x\necho off\n[[ a == a ]]\n(( 1 ))"),
  XtraceCase(
    "declare -f and type under set -x",
    "f() { echo hi; }\nset -x\ndeclare -f f\ntype -t f"),
]

@Suite(.serialized) struct XtraceCompoundOracleTests {
  @Test(arguments: xtraceCompoundCases) func matchesBash(_ c: XtraceCase) async throws {
    try await XtraceOracleTests.expectSame(c.bash, unordered: c.unordered)
  }
}
