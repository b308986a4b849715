import Testing

/// Commands whose name is only known at run time, against bash 5.2: `"$@"` in `retry` and
/// `run` wrappers, `"${cmd[@]}"`, a function named by an argument, the status and `set -e`,
/// an empty `"$@"`, a name that is no command, and curl through a wrapper.
@Suite struct LateCommandOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "a run wrapper",
      "run() {\n  echo \"+ $*\" >&2\n  \"$@\"\n}\nrun echo hi\nrun printf '%s\\n' a 'b c'"),
    ShellOracleCase(
      "a retry wrapper gives up",
      "retry() {\n  local n=0\n  until \"$@\"; do\n    n=$((n + 1))\n    [ $n -ge 3 ] && return 1\n"
        + "  done\n}\nretry false || echo \"gave up $?\"\nretry true && echo ok"),
    ShellOracleCase(
      "a retry wrapper with a count",
      "retry() {\n  local tries=$1\n  shift\n  for ((i = 1; i <= tries; i++)); do\n"
        + "    \"$@\" && return 0\n  done\n  return 1\n}\nretry 2 test -d / && echo dir\n"
        + "retry 2 test -f /nonexistent || echo \"no file $?\""),
    ShellOracleCase(
      "a function named by an argument",
      "greet() {\n  echo \"hello $1\"\n}\nw() {\n  \"$@\"\n}\nw greet world"),
    ShellOracleCase("a command in an array", "cmd=(printf '%s-' a b)\n\"${cmd[@]}\"\necho"),
    ShellOracleCase(
      "a wrapper as a pipeline stage", "w() {\n  \"$@\"\n}\necho '{\"a\":1}' | w jq -c '.a'"),
    ShellOracleCase(
      "a failure ends the script under set -e", "w() {\n  \"$@\"\n}\nw false\necho never"),
    ShellOracleCase("an empty \"$@\" runs nothing", "w() {\n  \"$@\"\n}\nw\necho \"status $?\""),
    ShellOracleCase(
      "a name that is no command",
      "w() {\n  \"$@\"\n}\nw no-such-command-xyz || echo \"status $?\""),
    ShellOracleCase(
      "a variable as the command",
      "runner=echo\n$runner from a variable\nrunner=(printf '%s+')\n\"${runner[@]}\" x y\necho"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test func curlThroughARetryWrapper() async throws {
    try await ShellOracleCase(
      "curl through retry",
      "retry() {\n  local n=0\n  until \"$@\"; do\n    n=$((n + 1))\n    [ $n -ge 2 ] && return 1\n"
        + "  done\n}\nretry curl -sS \"$B/json\" | jq -c .\n"
        + "retry curl -fsS \"$B/status/503\" || echo \"failed $?\""
    ).expectSameAgainstTestServer()
  }
}
