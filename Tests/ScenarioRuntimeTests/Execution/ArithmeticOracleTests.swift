import Testing

/// Bash arithmetic against bash 5.2: `$(( ))`, `(( ))`, `let`, `for (( ))`, `${!NAME}` and
/// `${NAME:offset:length}` with expressions. Constants that bash rejects are put in variables
/// (a bad constant written in the document is a compile error instead).
@Suite struct ArithmeticOracleTests {
  static let constantsCases: [ShellOracleCase] = [
    ShellOracleCase("decimal, hex, octal", "echo $((0x1F)) $((0X1f)) $((017)) $((0)) $((10))"),
    ShellOracleCase(
      "base#digits", "echo $((2#101)) $((8#17)) $((16#ff)) $((36#zZ)) $((64#zZ)) $((64#_@))"),
    ShellOracleCase("octal 08 is too great for base", "x=08\necho $((x))\necho never"),
    ShellOracleCase("letters too great for base", "x=1a\necho $((x + 1))\necho never"),
    ShellOracleCase("invalid base", "x=65#1\necho $((x + 1))\necho never"),
    ShellOracleCase("base twice", "x=8#1#1\necho $((x))\necho never"),
    ShellOracleCase(
      "big constants wrap", "echo $((9223372036854775808)) $((18446744073709551615))"),
  ]

  static let operatorsCases: [ShellOracleCase] = [
    ShellOracleCase(
      "precedence",
      "echo $((1 + 2 * 3)) $(((1 + 2) * 3)) $((10 - 4 - 3)) $((2 ** 3 ** 2)) $((-2 ** 2)) $((100 / 10 / 5))"
    ),
    ShellOracleCase(
      "division truncates toward zero", "echo $((-7 / 2)) $((7 / -2)) $((-7 % 3)) $((7 % -3))"),
    ShellOracleCase(
      "unary operators",
      "echo $((-5)) $((+5)) $((!0)) $((!7)) $((~5)) $((- -3)) $((1--1)) $((1- -1)) $((!!3))"),
    ShellOracleCase(
      "shifts",
      "echo $((1 << 4)) $((256 >> 3)) $((-16 >> 2)) $((1 << 63)) $((1 << 64)) $((1 << -1))"),
    ShellOracleCase(
      "comparisons", "echo $((1 < 2)) $((2 <= 2)) $((3 > 4)) $((4 >= 5)) $((5 == 5)) $((5 != 5))"),
    ShellOracleCase("bitwise", "echo $((12 & 10)) $((12 | 10)) $((12 ^ 10)) $((1 | 2 ^ 3 & 4))"),
    ShellOracleCase(
      "comparison binds tighter than bitwise",
      "echo $((1 & 2 == 2)) $((4 | 1 < 2)) $((3 == 3 != 0))"),
    ShellOracleCase(
      "logical", "echo $((1 && 0)) $((1 && 5)) $((0 || 0)) $((0 || 7)) $((!(1 && 0)))"),
    ShellOracleCase(
      "short-circuit skips side effects", "x=0\necho $((0 && x++)) $((1 || x++)) $x"),
    ShellOracleCase(
      "short-circuit skips errors",
      "echo $((0 && 1/0)) $((1 || 1/0)) $((1 ? 2 : 1/0)) $((0 && undefined_name))"),
    ShellOracleCase(
      "conditional", "echo $((1 ? 2 : 3)) $((0 ? 2 : 3)) $((0 ? 1 : 0 ? 2 : 3)) $((1 ? 2, 3 : 4))"),
    ShellOracleCase("comma", "echo $((1, 2, 3)) $((a = 1, b = a + 1, a + b))"),
    ShellOracleCase(
      "overflow wraps",
      "echo $((9223372036854775807 + 1)) $((-9223372036854775807 - 2)) $((9223372036854775807 * 2)) $((2 ** 63)) $((2 ** 64))"
    ),
    ShellOracleCase(
      "minimum divided by -1",
      "m=$((-9223372036854775807 - 1))\necho $((m / -1)) $((m % -1)) $((-m))"),
    ShellOracleCase("power", "echo $((2 ** 0)) $((0 ** 0)) $((3 ** 4)) $((-3 ** 3)) $((7 ** 1))"),
    ShellOracleCase("blanks and newlines", "echo $((  1 +\n  2  ))"),
    ShellOracleCase("empty expression", "echo \"[$(( ))]\""),
  ]

  static let assignmentsCases: [ShellOracleCase] = [
    ShellOracleCase(
      "assignment operators",
      "x=3\necho $((x+=2, x*=3, x-=1, x/=2, x%=4, x<<=3, x>>=1, x&=6, x|=1, x^=7)) $x"),
    ShellOracleCase("chained assignment", "echo $((a = b = 4)) $a $b"),
    ShellOracleCase("assigning a new name under set -u", "echo $((fresh = 5)) $fresh"),
    ShellOracleCase("compound assignment of an unset name", "echo $((fresh += 1))\necho never"),
    ShellOracleCase(
      "increments", "x=5\necho $((x++ + ++x)) $x $((x--)) $((--x)) $x"),
    ShellOracleCase("compound assignment reads first", "x=1\necho $((x += x++)) $x"),
    ShellOracleCase("increment of an unset name", "echo $((n++))\necho never"),
    ShellOracleCase("octal value assigned back", "x=010\necho $((x)) $((x = x + 1)) $x"),
    ShellOracleCase("assignment in a subshell does not leak", "x=1\n( echo $((x = 5)) )\necho $x"),
    ShellOracleCase("assignment to a non-variable", "x='1 = 2'\necho $((x))\necho never"),
  ]

  static let variablesCases: [ShellOracleCase] = [
    ShellOracleCase("bare name and $name", "n=4\necho $((n * 2)) $(($n * 2)) $((${n} * 2))"),
    ShellOracleCase("values are expressions", "a=b\nb=c\nc=7\necho $((a * 2)) $((a + 1))"),
    ShellOracleCase("expanded text versus name", "x=1+1\necho $((2 * $x)) $((2 * x))"),
    ShellOracleCase("value with blanks", "x=' 3 '\necho $((x * 2))"),
    ShellOracleCase("empty is zero", "e=''\necho $((e + 1)) $((e))"),
    ShellOracleCase("unset under set -u", "echo $((undefined_name + 1))\necho never"),
    ShellOracleCase("unset without set -u", "set +u\necho $((undefined_name + 1))"),
    ShellOracleCase("recursion level exceeded", "a=a\necho $((a))\necho never"),
    ShellOracleCase("value that is not an expression", "set +u\nx='3 4'\necho $((x))\necho never"),
    ShellOracleCase("value missing an operand", "x='1+'\necho $((x))\necho never"),
    ShellOracleCase("value with an invalid operator", "x='1 @ 2'\necho $((x))\necho never"),
    ShellOracleCase("value missing a parenthesis", "x='(1 + 2'\necho $((x))\necho never"),
    ShellOracleCase("value missing a colon", "x='1 ? 2'\necho $((x))\necho never"),
    ShellOracleCase("default value expansion", "echo $(( ${COUNT:-0} + 1 ))"),
    ShellOracleCase(
      "positional parameters", "f() {\n  echo $(( $1 + $2 )) $(($# * 10))\n}\nf 3 4"),
    ShellOracleCase("length in arithmetic", "v=hello\necho $(( ${#v} * 2 ))"),
    ShellOracleCase("nested arithmetic", "echo $(( $((1 + 2)) * 3 ))"),
    ShellOracleCase("inside double quotes", "n=3\necho \"total: $((n * 2)) items\""),
    ShellOracleCase("counter assignment", "i=0\ni=$((i + 1))\ni=$((i + 1))\necho $i"),
    ShellOracleCase("status in arithmetic", "false || echo $(( $? + 10 ))"),
  ]

  static let errorsCases: [ShellOracleCase] = [
    ShellOracleCase("division by zero", "echo $((1/0))\necho never"),
    ShellOracleCase("division by zero error token", "echo $((5/0+3))\necho never"),
    ShellOracleCase("remainder by zero", "x=0\necho $((7 % x))\necho never"),
    ShellOracleCase("division by zero without set -e", "set +e\necho $((1/0))\necho never"),
    ShellOracleCase("compound division by zero", "x=1\necho $((x/=0))\necho never"),
    ShellOracleCase("negative exponent", "echo $((2**-1))\necho never"),
    ShellOracleCase("negative exponent token", "echo $((2**-1+3))\necho never"),
    ShellOracleCase(
      "division by zero in a subshell", "( echo $((1/0)); echo never ) || echo \"rescued $?\""),
    ShellOracleCase("division by zero in a function", "f() {\n  echo $((1/0))\n}\nf\necho never"),
    ShellOracleCase("division by zero in an assignment", "x=$((1/0))\necho never"),
    ShellOracleCase("division by zero in a value", "x=1/0\necho $((x + 1))\necho never"),
  ]

  static let commandsCases: [ShellOracleCase] = [
    ShellOracleCase(
      "(( )) status", "(( 5 )) && echo yes\n(( 0 )) || echo no\n(( -1 )) && echo neg"),
    ShellOracleCase("(( n++ )) from 0 trips set -e", "n=0\n(( n++ ))\necho never"),
    ShellOracleCase("(( ++n )) from 0 passes", "n=0\n(( ++n ))\necho \"n=$n\""),
    ShellOracleCase("(( n++ )) || true", "n=0\n(( n++ )) || true\necho \"n=$n\""),
    ShellOracleCase(
      "(( )) in while and if",
      "i=0\nwhile (( i < 3 )); do\n  echo $i\n  (( ++i ))\ndone\nif (( i == 3 )); then echo three; fi"
    ),
    ShellOracleCase("(( )) division error status", "set +e\n((1/0))\necho \"status $?\""),
    ShellOracleCase("(( )) error rescued", "((1/0)) || echo rescued\necho after"),
    ShellOracleCase("(( )) error in a condition", "if ((1/0)); then echo t; else echo f; fi"),
    ShellOracleCase("(( )) unbound is fatal", "(( undefined_name )) || echo rescued\necho never"),
    ShellOracleCase("(( )) side effects", "(( x = 3, y = x * 2 ))\necho $x $y"),
    ShellOracleCase("(( )) empty value is false", "e=''\n(( e )) || echo zero"),
    ShellOracleCase("(( )) negated", "! (( 0 )) && echo negated"),
    ShellOracleCase("let", "let x=1+2 \"y = x * 3\"\necho $x $y"),
    ShellOracleCase("let status", "let 'z = 0' || echo \"zero status\"\nlet 'z = 5' && echo five"),
    ShellOracleCase(
      "let: the last expression decides",
      "let 'a = 1' 'b = 0' || echo \"last was zero\"\necho $a $b"),
    ShellOracleCase("let zero trips set -e", "let 'z = 0'\necho never"),
    ShellOracleCase("let error", "set +e\nlet 'x = 1/0'\necho \"status $?\""),
    ShellOracleCase("let with an expansion", "n=4\nlet \"m = $n * 2\"\necho $m"),
    ShellOracleCase("let increments", "i=1\nlet i++ i+=10\necho $i"),
  ]

  static let loopsCases: [ShellOracleCase] = [
    ShellOracleCase(
      "C-style for", "for ((i = 0; i < 3; i++)); do\n  echo $i\ndone\necho \"after $i\""),
    ShellOracleCase(
      "C-style for with continue and break",
      "for ((i = 0; i < 10; i++)); do\n  if ((i == 2)); then continue; fi\n  if ((i == 5)); then break; fi\n  echo $i\ndone"
    ),
    ShellOracleCase(
      "C-style for without clauses",
      "n=0\nfor ((;;)); do\n  (( ++n ))\n  if (( n > 3 )); then break; fi\ndone\necho $n"),
    ShellOracleCase(
      "C-style for that never runs",
      "for ((i = 5; i < 3; i++)); do echo never; done\necho \"status $? i=$i\""),
    ShellOracleCase(
      "C-style for with commas",
      "for ((i = 0, j = 10; i < j; i += 3, j -= 3)); do echo \"$i $j\"; done"),
    ShellOracleCase(
      "C-style for error", "for ((i = 0; i<1/0; i++)); do echo $i; done\necho \"after $?\""),
    ShellOracleCase(
      "C-style for body failure trips set -e",
      "for ((i = 0; i < 3; i++)); do\n  echo $i\n  false\ndone\necho never"),
    ShellOracleCase(
      "nested C-style for",
      "for ((i = 1; i <= 2; i++)); do\n  for ((j = 1; j <= 2; j++)); do echo $((i * j)); done\ndone"
    ),
    ShellOracleCase(
      "C-style for unbound", "for ((i = 0; i < limit_unset; i++)); do echo $i; done\necho never"),
    ShellOracleCase(
      "polling loop",
      "attempt=0\nmax=5\nuntil (( attempt >= max )); do\n  attempt=$((attempt + 1))\n  if [ \"$attempt\" -eq 3 ]; then\n    echo \"ready after $attempt\"\n    break\n  fi\ndone"
    ),
    ShellOracleCase("countdown", "n=3\nwhile (( n > 0 )); do\n  echo $n\n  n=$((n - 1))\ndone"),
    ShellOracleCase(
      "C-style for in a function",
      "count() {\n  local total=0\n  for ((k = 1; k <= $1; k++)); do (( total += k )); done\n  echo $total\n}\ncount 4"
    ),
  ]

  static let expansionsCases: [ShellOracleCase] = [
    ShellOracleCase("indirect", "x=y\ny=hello\necho ${!x}"),
    ShellOracleCase("indirect to a positional parameter", "f() {\n  n=2\n  echo ${!n}\n}\nf a b"),
    ShellOracleCase("indirect of an unset name", "echo ${!unset_name}\necho never"),
    ShellOracleCase("indirect to an unset name", "x=nope\necho ${!x}\necho never"),
    ShellOracleCase("indirect with an empty value", "x=''\necho ${!x}\necho never"),
    ShellOracleCase("indirect without set -u", "set +u\nx=nope\necho \"[${!x}]\""),
    ShellOracleCase(
      "substring with expressions", "v=abcdef\nn=2\necho ${v:n:n+1} ${v:n*2} ${v: -n} ${v:1:-n}"),
    ShellOracleCase("substring offset error", "v=abcdef\necho ${v:1/0}\necho never"),
    ShellOracleCase("substring offset unset", "v=abc\necho ${v:x}\necho never"),
    ShellOracleCase("substring with an expansion", "v=abcdef\no=1\necho \"${v:$o:2}\""),
    ShellOracleCase(
      "substring length below zero", "v=abcdef\nn=9\necho \"${v:2:-n}\"\necho after"),
  ]

  @Test(arguments: constantsCases) func constants(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: operatorsCases) func operators(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: assignmentsCases) func assignments(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: variablesCases) func variables(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: errorsCases) func errors(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: commandsCases) func commands(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: loopsCases) func loops(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: expansionsCases) func expansions(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
