import Testing

/// `set -x` against bash 5.2 for statements other than simple commands: `for` headers (printed
/// as written before each iteration), declarations (`+ local 'w=p q' c=z`, then `+ E=1` after
/// `export` and `readonly`), array assignments (as written), `+=` and element assignments (the
/// value expanded), `IFS= read` (`+ IFS=` then `+ read …`) and `timeout` (its command untraced).
let xtraceStatementCases: [XtraceCase] = [
  XtraceCase(
    "for loops",
    "set -x\nx=\"p q\"\nfor i in a \"$x\" ${x} 'z'; do echo \"$i\"; done\ne=()\nfor k in \"${e[@]}\"; do :; done"
  ),
  XtraceCase(
    "nested for loops and a for in a substitution",
    "set -x\nfor i in 1 2; do\n  for j   in   a  b; do echo \"$i$j\"; done\ndone\ny=$(for k in q; do echo $k; done)\necho \"$y\""
  ),
  XtraceCase(
    "break in a traced for loop",
    "set -x\nfor i in 1 2 3; do\n  [ \"$i\" = 2 ] && break\n  echo \"$i\"\ndone"),
  XtraceCase(
    "declarations",
    "set -x\nf() {\n  local a=1 b\n  local w=\"p q\" c=$(echo z)\n  declare -r r=2\n  local -a g\n  echo \"$a$w$c$r\"\n}\nf\nexport E=1 F\nreadonly G=3\ndeclare x=1 y\necho \"$E$G$x\""
  ),
  XtraceCase(
    "export of a substitution",
    "set -x\nexport X=$(echo \"a b\")\nlocal_f() {\n  local v=\"$X\" u=\n}\nlocal_f"),
  XtraceCase(
    "array assignments as written",
    "set -x\nx=\"p q\"\na=(1 \"$x\"   ${x} 'y')\na+=(4)\nb=( )\nc=([3]=x y)\necho \"${a[@]}\" \"${!c[@]}\""
  ),
  XtraceCase(
    "element and += assignments",
    "set -x\nx=\"p q\"; i=1\na=(0)\na[$i]=$x\na[i+1]+=\"$x\"\ns+=$x\ns+=\necho \"${a[@]}|$s\""),
  XtraceCase(
    "IFS= read",
    "set -x\nIFS= read -r line <<< \"  hello  \"\nIFS=, read -r p q <<< \"1,2\"\necho \"[$line] $p $q\""
  ),
  XtraceCase(
    "timeout", "set -x\ntimeout 5 true\ntimeout 5 echo \"a b\"\ntimeout 5 false || echo \"rc=$?\""),
]

@Suite(.serialized) struct XtraceStatementOracleTests {
  @Test(arguments: xtraceStatementCases) func matchesBash(_ c: XtraceCase) async throws {
    try await XtraceOracleTests.expectSame(c.bash, unordered: c.unordered)
  }
}
