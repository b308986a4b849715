import Testing

/// Shell code as pipeline stages: functions, builtins and compound commands before, between
/// and after tools, in `$(…)`, in conditions and in the background; each stage a subshell whose
/// status counts for `pipefail`, against bash.
@Suite struct StageOracleTests {
  static let emit = "emit() {\n  printf '{\"a\":1}\\n{\"a\":2}\\n'\n}\n"
  static let upper = "upper() {\n  tr a-z A-Z\n}\n"

  static let cases: [ShellOracleCase] = [
    ShellOracleCase("function then jq", emit + "emit | jq -c '.a'"),
    ShellOracleCase("tool then function", upper + "echo hello | upper"),
    ShellOracleCase("function then function", emit + upper + "emit | upper"),
    ShellOracleCase("function in the middle", upper + "printf 'b\\na\\n' | upper | sort"),
    ShellOracleCase("function stage into a file", upper + "echo hi | upper > out.txt\ncat out.txt"),
    ShellOracleCase("function stage captured", emit + "X=$(emit | jq -s 'length')\necho \"[$X]\""),
    ShellOracleCase(
      "function stage with arguments",
      "label() {\n  while read -r l; do echo \"$1: $l\"; done\n}\nprintf 'a\\nb\\n' | label item"),
    ShellOracleCase(
      "failing function stage trips pipefail",
      "bad() {\n  cat > /dev/null\n  return 3\n}\necho x | bad\necho never"),
    ShellOracleCase(
      "failing function stage rescued",
      "bad() {\n  cat > /dev/null\n  return 3\n}\necho x | bad || echo \"rc=$?\""),
    ShellOracleCase(
      "failing first stage under pipefail",
      "f() {\n  echo out\n  false\n  echo never\n}\nf | cat\necho never"),
    ShellOracleCase(
      "stage in an if condition ignores errexit inside",
      "f() {\n  false\n  echo after\n}\nif f | cat; then echo yes; fi"),
    ShellOracleCase(
      "stage variables do not leak",
      "f() {\n  N=inner\n  cat\n}\necho x | f\necho \"[${N:-unset}]\""),
    ShellOracleCase(
      "while read in a pipe does not leak",
      "echo x | while read l; do n=1; done\necho \"${n:-unset}\""),
    ShellOracleCase(
      "while read over lines",
      "printf 'a 1\\nb 2\\n' | while read -r name value; do\n  echo \"$value=$name\"\ndone"),
    ShellOracleCase(
      "while read then sort",
      "printf 'b\\na\\n' | while read -r l; do echo \"<$l>\"; done | sort"),
    ShellOracleCase(
      "for loop piped to sort", "for i in c a b; do\n  echo \"$i\"\ndone | sort"),
    ShellOracleCase("group piped", "{\n  echo one\n  echo two\n} | tr a-z A-Z"),
    ShellOracleCase("subshell piped", "(\n  echo in\n) | cat"),
    ShellOracleCase(
      "if as a stage", "V=a\nif [ \"$V\" = a ]; then echo yes; else echo no; fi | tr y Y"),
    ShellOracleCase(
      "case as a stage", "V=b\ncase $V in\n  b) echo bee ;;\nesac | tr b B"),
    ShellOracleCase(
      "while read from a file leaks variables",
      "printf 'a\\nb\\n' > in.txt\nn=0\nwhile read -r l; do\n  n=\"$l\"\ndone < in.txt\necho \"last=$n\""
    ),
    ShellOracleCase(
      "while read from a here-string",
      "V=\"x y\"\nwhile read -r a b; do\n  echo \"$b $a\"\ndone <<< \"$V\""),
    ShellOracleCase(
      "while read from a here-document",
      "while read -r l; do\n  echo \"<$l>\"\ndone <<EOF\none\ntwo\nEOF"),
    ShellOracleCase(
      "loop output redirected to a file",
      "for i in 1 2; do\n  echo \"$i\"\ndone > out.txt\ncat out.txt"),
    ShellOracleCase(
      "group output appended", "echo a > out.txt\n{\n  echo b\n  echo c\n} >> out.txt\ncat out.txt"),
    ShellOracleCase(
      "function reading a file", upper + "echo abc > in.txt\nupper < in.txt"),
    ShellOracleCase(
      "function reading standard input with jq",
      "ids() {\n  jq -r '.[].id'\n}\necho '[{\"id\":\"x\"},{\"id\":\"y\"}]' | ids"),
    ShellOracleCase(
      "function in a substitution reading a here-string",
      upper + "X=$(upper <<< \"abc\")\necho \"[$X]\""),
    ShellOracleCase(
      "stage inside a function body",
      emit + "count() {\n  emit | jq -s length\n}\nN=$(count)\necho \"[$N]\""),
    ShellOracleCase(
      "while loop consuming jq output",
      emit
        + "emit | jq -c '.a' | while read -r n; do\n  [ \"$n\" -gt 1 ] && echo \"big $n\" || echo \"small $n\"\ndone"
    ),
    ShellOracleCase(
      "loop with break in a pipe",
      "printf '1\\n2\\n3\\n' | while read -r n; do\n  [ \"$n\" = 2 ] && break\n  echo \"$n\"\ndone"),
    ShellOracleCase(
      "exit in a stage ends only the stage",
      "echo x | { cat; exit 3; } || echo \"rc=$?\"\necho after"),
    ShellOracleCase(
      "stage error output redirected",
      "f() {\n  echo err >&2\n  echo out\n}\nf 2>/dev/null | cat"),
    ShellOracleCase(
      "stage merged error output",
      "f() {\n  echo err >&2\n}\nX=$(f 2>&1 | tr a-z A-Z)\necho \"[$X]\""),
    ShellOracleCase(
      "read in a pipeline stage", "echo 'p q' | read -r a b\necho \"[${a:-unset}]\""),
    ShellOracleCase(
      "function stage in the background",
      emit + "emit | jq -c . > out.txt &\nwait\ncat out.txt"),
    ShellOracleCase(
      "negated stage pipeline", upper + "! echo x | upper\necho \"rc=$?\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
