import Testing

/// `set -e`, `&&`/`||` lists, `if`, `!`, functions, subshells, `exit` and traps, against bash.
@Suite struct ErrexitOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("and list ending in echo", "echo one && echo two\necho three"),
    ShellOracleCase("failing first operand does not exit", "false && echo no\necho \"after $?\""),
    ShellOracleCase("failing last operand exits", "true && false\necho never"),
    ShellOracleCase("or list rescues", "false || echo rescued\necho after"),
    ShellOracleCase(
      "or with fail-with-message group",
      "X=\"\"\n[ -n \"$X\" ] || {\n  echo \"error: X is empty\" >&2\n  exit 1\n}\necho never"),
    ShellOracleCase(
      "or with group that succeeds",
      "[ -n \"a\" ] || {\n  echo \"error\" >&2\n  exit 1\n}\necho fine"),
    ShellOracleCase("plain failure exits with its status", "echo before\nfalse\necho never"),
    ShellOracleCase("test failure status", "[ 1 -eq 2 ]\necho never"),
    ShellOracleCase(
      "if condition does not exit",
      "if [ -f missing ]; then\n  echo yes\nelse\n  echo no\nfi\necho after"),
    ShellOracleCase(
      "elif chain",
      "V=b\nif [ \"$V\" = a ]; then\n  echo A\nelif [ \"$V\" = b ]; then\n  echo B\nelse\n  echo C\nfi"
    ),
    ShellOracleCase("if without else leaves status 0", "if false; then echo x; fi\necho \"rc=$?\""),
    ShellOracleCase(
      "negation never exits", "! true\necho \"after $?\"\n! false\necho \"after $?\""),
    ShellOracleCase(
      "set -e ignored in function called from &&",
      "f() {\n  false\n  echo in-f\n}\nf && echo ok\necho after"),
    ShellOracleCase(
      "set -e ignored in function called from if",
      "f() {\n  false\n  echo in-f\n}\nif f; then echo yes; fi"),
    ShellOracleCase(
      "set -e inside function re-enabled but still ignored under &&",
      "f() {\n  set -e\n  false\n  echo in-f\n}\nf && echo ok"),
    ShellOracleCase(
      "function failure exits the script",
      "f() {\n  echo start\n  false\n  echo never\n}\nf\necho never"),
    ShellOracleCase("return status trips errexit", "f() {\n  return 3\n}\nf\necho never"),
    ShellOracleCase(
      "return status checked with ||", "f() {\n  return 3\n}\nf || echo \"rc=$?\"\necho after"),
    ShellOracleCase(
      "return without status keeps the last one",
      "f() {\n  [ -n \"\" ] || return\n  echo never\n}\nf || echo \"rc=$?\""),
    ShellOracleCase(
      "subshell keeps variables",
      "X=1\n(\n  X=2\n  echo \"in $X\"\n)\necho \"out $X\""),
    ShellOracleCase("subshell exit status", "( exit 3 ) || echo \"sub $?\"\necho after"),
    ShellOracleCase("failing subshell exits", "(\n  echo in\n  false\n  echo never\n)\necho never"),
    ShellOracleCase(
      "subshell in || ignores errexit inside",
      "(\n  false\n  echo in-sub\n) || echo rescued"),
    ShellOracleCase("exit inside group", "{\n  echo a\n  exit 4\n}\necho never"),
    ShellOracleCase("exit without status after failure", "false || exit\necho never"),
    ShellOracleCase("exit 0 stops successfully", "echo a\nexit 0\necho never"),
    ShellOracleCase("trap runs at the end", "trap 'echo cleanup' EXIT\necho body"),
    ShellOracleCase(
      "trap runs after errexit and sees the status",
      "trap 'echo \"cleanup $?\"' EXIT\necho body\nfalse\necho never"),
    ShellOracleCase("trap exit changes the status", "trap 'echo trap; exit 3' EXIT\nexit 5"),
    ShellOracleCase(
      "failing trap command ends the trap", "trap 'false; echo never' EXIT\necho body"),
    ShellOracleCase("last trap wins", "trap 'echo t1' EXIT\ntrap 'echo t2' EXIT\nexit 4"),
    ShellOracleCase(
      "trap in subshell runs when it ends",
      "(\n  trap 'echo sub-trap' EXIT\n  echo in\n)\necho out"),
    ShellOracleCase(
      "trap defined in setup",
      setup: "cleanup() {\n  echo \"cleanup\"\n}\ntrap cleanup EXIT", "echo body"),
    ShellOracleCase(
      "capture of failing command exits", "X=$(cat missing-file)\necho never"),
    ShellOracleCase(
      "capture rescued by ||", "X=$(cat missing-file) || echo rescued\necho \"[$X]\""),
    ShellOracleCase(
      "function capture runs without errexit",
      "f() {\n  false\n  echo after-false\n}\nX=$(f)\necho \"[$X]\""),
    ShellOracleCase(
      "local capture keeps the status out",
      "f() {\n  local X=$(cat missing-file)\n  echo \"local [$X] $?\"\n}\nf"),
    ShellOracleCase("true and false statuses", "true\necho $?\nfalse || echo $?"),
    ShellOracleCase(
      "set +e lets the script go on", "set +e\nfalse\necho \"after $?\"\nset -e\necho end"),
    ShellOracleCase(
      "set +e last failure is the status", "set +e\necho a\n[ 1 = 2 ]"),
    ShellOracleCase(
      "setup failure stops before the scenario", setup: "echo setup\nfalse", "echo never"),
    ShellOracleCase(
      "setup functions are called by the scenario",
      setup: "greet() {\n  echo \"hello $1\"\n}", "greet world"),
    ShellOracleCase(
      "exit inside a captured function ends only the substitution",
      "f() {\n  echo a\n  exit 3\n}\nX=$(f) || echo \"rc=$? [$X]\"\necho after"),
    ShellOracleCase(
      "return from inside a loop",
      "f() {\n  for i in $(seq 1 3); do\n    [ \"$i\" -ne 2 ] || return 5\n  done\n}\nf || echo \"rc=$?\""
    ),
    ShellOracleCase(
      "last command failing is the status", "X=\"\"\necho start\n[ -n \"$X\" ] && echo yes"),
    ShellOracleCase(
      "function ending in a false && list fails the call",
      "f() {\n  [ -n \"\" ] && echo x\n}\nf\necho never"),
    ShellOracleCase(
      "failure inside a case body exits",
      "case a in\n  a)\n    echo in-a\n    false\n    echo never\n    ;;\nesac"),
    ShellOracleCase(
      "exit inside a loop inside a subshell",
      "(\n  for i in $(seq 1 3); do\n    [ \"$i\" -lt 2 ] || exit 7\n    echo \"$i\"\n  done\n) || echo \"rc=$?\""
    ),
    ShellOracleCase(
      "function redefinition", "f() {\n  echo one\n}\nf\nf() {\n  echo two\n}\nf"),
    ShellOracleCase("definition as last command", "f() {\n  false\n}"),
    ShellOracleCase(
      "nested calls and statuses",
      "ok() {\n  return 0\n}\nfour() {\n  return 4\n}\nouter() {\n  ok\n  four || echo \"inner $?\"\n  four\n}\nouter || echo \"outer $?\""
    ),
    ShellOracleCase(
      "trap sees variables at exit",
      "trap 'echo \"state=$STATE\"' EXIT\nSTATE=started\nSTATE=done"),
    ShellOracleCase(
      "trap calling a function",
      "cleanup() {\n  echo cleaned\n}\ntrap 'cleanup' EXIT\necho body\nexit 3"),
    ShellOracleCase(
      "fail-with-message inside a function",
      "require() {\n  if [ ! -s \"$1\" ]; then\n    echo \"error: missing $1\" >&2\n    exit 1\n  fi\n}\nprintf x > present.txt\nrequire present.txt\necho ok\nrequire absent.txt\necho never"
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
