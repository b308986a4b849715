import Testing

/// `shopt -s inherit_errexit` (the runner's): command substitutions keep `set -e`, so a failing
/// command inside `$(…)` ends the substitution; where its status goes depends on the statement
/// (`X=$(…)` reports it, `local`/`export` and a command's arguments do not), against bash.
@Suite struct InheritErrexitOracleTests {
  static let fails = "f() {\n  echo start\n  false\n  echo after\n}\n"

  static let cases: [ShellOracleCase] = [
    ShellOracleCase("assignment fails at the first failure", fails + "X=$(f)\necho never"),
    ShellOracleCase(
      "assignment rescued by ||", fails + "X=$(f) || echo \"rc=$? [$X]\"\necho \"[$X]\""),
    ShellOracleCase(
      "assignment in an if condition ignores errexit inside",
      fails + "if X=$(f); then\n  echo \"yes [$X]\"\nelse\n  echo no\nfi"),
    ShellOracleCase(
      "local masks the status", fails + "g() {\n  local z=$(f)\n  echo \"z=[$z] $?\"\n}\ng"),
    ShellOracleCase(
      "local restores the outer value",
      fails + "z=outer\ng() {\n  local z=$(f)\n  echo \"in [$z]\"\n}\ng\necho \"out [$z]\""),
    ShellOracleCase(
      "local of a succeeding substitution",
      "g() {\n  local z=$(echo inner)\n  echo \"[$z]\"\n}\nz=outer\ng\necho \"[$z]\""),
    ShellOracleCase("export masks the status", fails + "export Y=$(f)\necho \"Y=[$Y] $?\""),
    ShellOracleCase(
      "export of a succeeding substitution", "export Y=$(echo v)\necho \"[$Y] $?\""),
    ShellOracleCase("declare masks the status", fails + "declare D=$(f)\necho \"D=[$D]\""),
    ShellOracleCase("readonly masks the status", fails + "readonly R=$(f)\necho \"R=[$R]\""),
    ShellOracleCase("argument substitution is cut short", fails + "echo \"[$(f)]\"\necho next"),
    ShellOracleCase(
      "argument substitution in a condition runs to the end",
      fails + "if echo \"[$(f)]\"; then echo yes; fi"),
    ShellOracleCase(
      "two argument substitutions", fails + "echo \"$(f) and $(echo ok)\"\necho \"rc=$?\""),
    ShellOracleCase(
      "substitution inside a text assignment fails it", fails + "X=\"a$(f)b\"\necho never"),
    ShellOracleCase(
      "substitution inside a text assignment rescued",
      fails + "X=\"a$(f)b\" || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "nested function calls stop at the inner failure",
      fails + "g() {\n  f\n  echo g-after\n}\nX=$(g) || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "return status of a function in a substitution",
      "f() {\n  echo out\n  return 3\n}\nX=$(f) || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "exit in a substitution ends only it",
      "f() {\n  echo a\n  exit 4\n}\nX=$(f) || echo \"rc=$? [$X]\"\necho after"),
    ShellOracleCase(
      "set +e before the substitution",
      fails + "set +e\nX=$(f)\necho \"rc=$? [$X]\"\nset -e"),
    ShellOracleCase(
      "set +e inside the function",
      "f() {\n  set +e\n  false\n  echo after\n}\nX=$(f)\necho \"[$X]\""),
    ShellOracleCase(
      "pipeline in a substitution", "X=$(echo a | grep b)\necho never"),
    ShellOracleCase(
      "pipeline in a substitution rescued",
      "X=$(echo a | grep b) || echo \"rc=$?\"\necho \"[$X]\""),
    ShellOracleCase(
      "failing test in a substitution",
      "f() {\n  [ -n \"\" ]\n  echo never\n}\nX=$(f) || echo \"rc=$?\""),
    ShellOracleCase(
      "and list inside the substitution does not stop it",
      "f() {\n  false && echo no\n  echo kept\n}\nX=$(f)\necho \"[$X]\""),
    ShellOracleCase(
      "substitution of several commands",
      "X=$(echo one; false; echo two) || echo \"rc=$?\"\necho \"[$X]\""),
    ShellOracleCase(
      "substitution with a loop",
      "X=$(for i in 1 2 3; do echo \"$i\"; done)\necho \"[$X]\""),
    ShellOracleCase(
      "failing loop body in a substitution",
      "X=$(for i in 1 2; do echo \"$i\"; false; done) || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "substitution in a function argument",
      fails + "show() {\n  echo \"arg [$1]\"\n}\nshow \"$(f)\"\necho \"rc=$?\""),
    ShellOracleCase(
      "status after a masked substitution",
      fails + "g() {\n  local a=$(f)\n  echo \"$?\"\n  local b\n  b=$(f) || echo \"b rc=$?\"\n}\ng"),
    ShellOracleCase(
      "local mktemp keeps the file",
      "g() {\n  local d=$(mktemp -d)\n  [ -d \"$d\" ] && echo dir\n  rm -r \"$d\"\n}\ng"),
    ShellOracleCase(
      "substitution in a while condition",
      "n=0\nwhile [ \"$(echo $n)\" != 2 ]; do\n  n=2\n  echo loop\ndone"),
    ShellOracleCase(
      "substitution variables do not leak",
      "X=$(Y=inner; echo \"$Y\")\necho \"[$X] [${Y:-unset}]\""),
    ShellOracleCase(
      "unbound variable in a substitution",
      "X=$(echo \"$UNSET_VAR\") || echo \"rc=$?\"\necho after"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
