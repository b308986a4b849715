import Testing

/// Positional parameters against bash 5.2, in functions and at top level: `$1…${10}`, `$#`,
/// `"$@"`, `"$*"`, `shift [N]`, `set -- …`, `"${@:2}"`, and `"$@"` passed on to functions,
/// loops, `echo` and `printf`.
@Suite struct PositionalOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("set -- at top level", "set -- a \"b c\" d\necho \"$# [$1] [$2] [$3]\""),
    ShellOracleCase("set -- with nothing clears", "set -- a b\nset --\necho \"$# [$*]\""),
    ShellOracleCase("set without -- sets words", "set x y\necho \"$# $2\""),
    ShellOracleCase("set -- then options still work", "set -- a\nset +u\necho \"[$2] $1\""),
    ShellOracleCase(
      "tenth parameter", "set -- 1 2 3 4 5 6 7 8 9 ten eleven\necho \"${10} ${11} $#\""),
    ShellOracleCase("$10 is $1 then 0", "set -- one 2 3 4 5 6 7 8 9 ten\necho \"$10\""),
    ShellOracleCase("shift", "set -- a b c\nshift\necho \"$# $1\"\nshift 2\necho \"$# [$*]\""),
    ShellOracleCase("shift too far fails", "set -- a\nshift 2\necho never"),
    ShellOracleCase("shift too far in a condition", "set -- a\nshift 2 || echo \"failed $? $#\""),
    ShellOracleCase("shift with nothing fails", "shift || echo \"status $?\""),
    ShellOracleCase("shift 0", "set -- a b\nshift 0\necho \"$#\""),
    ShellOracleCase("negative shift", "set -- a\nshift -1 || echo \"status $?\""),
    ShellOracleCase(
      "shift by a variable and by arithmetic",
      "set -- a b c d e\nn=2\nshift \"$n\"\necho \"$# $1\"\nshift $((n - 1))\necho \"$# $*\""),
    ShellOracleCase(
      "shift counts read as bash reads them",
      "set -- a b c d e f g h i j k\nshift ' 1'\necho \"$#\"\nshift 010\necho \"$#\"\n"
        + "shift +1\necho \"$# $1\"\nfor c in abc 1x '' 0x1 '1 2' -2 99999999999999999999; do\n"
        + "  shift \"$c\" || echo \"[$c] status $?\"\ndone\necho \"$#\""),
    ShellOracleCase(
      "a count that is not a number ends the script under set -e",
      "set -- a b\nc=x\nshift \"$c\"\necho never"),
    ShellOracleCase(
      "getopts-style shift after options",
      "f() {\n  local OPTIND=3\n  shift $((OPTIND - 1))\n  echo \"rest: $*\"\n}\nf -a 1 x y"),
    ShellOracleCase(
      "shift in a function", "f() {\n  shift\n  echo \"$# $1\"\n}\nf a b c\necho \"top $#\""),
    ShellOracleCase(
      "shift in a function keeps the caller's",
      "set -- x y\nf() {\n  shift\n  echo \"in $#\"\n}\nf a b\necho \"out $# $1\""),
    ShellOracleCase(
      "option loop with shift",
      "f() {\n  while [ \"$#\" -gt 0 ]; do\n    case \"$1\" in\n      -n) echo \"name=$2\"; shift 2 ;;\n      *) echo \"arg=$1\"; shift ;;\n    esac\n  done\n}\nf -n x y -n z"
    ),
    ShellOracleCase("star joins", "set -- a \"b c\" d\necho \"[$*]\""),
    ShellOracleCase("star joins with IFS", "set -- a b\nIFS=-\necho \"$*\""),
    ShellOracleCase("at in an assignment joins", "set -- a b\nx=\"$@\"\necho \"[$x]\""),
    ShellOracleCase("for over $@", "set -- a \"b c\"\nfor x in \"$@\"; do echo \"<$x>\"; done"),
    ShellOracleCase(
      "for over empty $@", "set --\nfor x in \"$@\"; do echo \"<$x>\"; done\necho done"),
    ShellOracleCase(
      "unquoted $@ in for splits", "set -- \"a b\" c\nfor x in $@; do echo \"<$x>\"; done"),
    ShellOracleCase(
      "unquoted $* in for splits", "set -- \"a b\" c\nfor x in $*; do echo \"<$x>\"; done"),
    ShellOracleCase(
      "forwarding to a function",
      "g() {\n  echo \"$#: $*\"\n}\nf() {\n  g \"$@\"\n  g x \"$@\" y\n  g \"<$@>\"\n}\nf a \"b c\"\nf"
    ),
    ShellOracleCase(
      "forwarding a slice",
      "g() {\n  echo \"$# [$1]\"\n}\nf() {\n  g \"${@:2}\"\n}\nf a \"b c\" d\nf a"),
    ShellOracleCase("slices", "set -- a b c d\necho \"${@:2} | ${@:2:2} | ${@: -1} | ${*:3}\""),
    ShellOracleCase("slice from 0 includes $0", "set -- a\necho \"${@:0}\""),
    ShellOracleCase("printf over $@", "set -- a \"b c\"\nprintf '<%s>\\n' \"$@\""),
    ShellOracleCase(
      "printf with $@ and other words", "f() {\n  printf '%s=%s\\n' key \"$@\"\n}\nf v1 k2 v2"),
    ShellOracleCase("printf over empty $@", "set --\nprintf '<%s>\\n' \"$@\""),
    ShellOracleCase("echo of $@", "set -- a b\necho \"$@\"\necho pre \"$@\" post"),
    ShellOracleCase("echo with empty $@ between words", "set --\necho x \"$@\" y"),
    ShellOracleCase("echo prefix and suffix", "set -- a b\necho \"<$@>\""),
    ShellOracleCase("count", "f() {\n  echo \"$#\"\n}\nf\nf \"\"\nf a b \"\""),
    ShellOracleCase("missing positional parameter fails", "set -- a\necho \"$2\"\necho never"),
    ShellOracleCase("default for a missing parameter", "set -- a\necho \"${2:-none} ${1:-x}\""),
    ShellOracleCase("empty $@ under set -u", "set --\necho \"[$@] [$*] $#\""),
    ShellOracleCase(
      "set -- in a function", "f() {\n  set -- x y z\n  echo \"$# $3\"\n}\nf a\necho \"top $#\""),
    ShellOracleCase(
      "set -- from $@ with more", "f() {\n  set -- \"$@\" extra\n  echo \"$# ${@: -1}\"\n}\nf a"),
    ShellOracleCase(
      "loop consumes with shift",
      "set -- 1 2 3\nsum=\"\"\nwhile [ $# -gt 0 ]; do\n  sum=\"$sum$1\"\n  shift\ndone\necho \"$sum\""
    ),
    ShellOracleCase(
      "array of positional parameters",
      "set -- a \"b c\"\nargs=(\"$@\")\necho \"${#args[@]} ${args[1]}\""),
    ShellOracleCase(
      "parameters of nested calls",
      "g() {\n  echo \"g: $*\"\n}\nf() {\n  g inner\n  echo \"f: $*\"\n}\nf outer"),
    ShellOracleCase("length of a parameter", "set -- hello\necho \"${#1}\""),
    ShellOracleCase(
      "operations on a parameter", "set -- /a/b/file.txt\necho \"${1##*/} ${1%.txt}\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
