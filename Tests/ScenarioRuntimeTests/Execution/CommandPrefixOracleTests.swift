import Testing

/// `command NAME ARG…` and `builtin NAME ARG…` against bash 5.2: the command or builtin runs,
/// not the shell function of that name, so a function can wrap what it is named after (in a
/// pipeline, a command substitution, with redirections); a function named like a command
/// wins over it everywhere else.
@Suite struct CommandPrefixOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "a function wrapping echo",
      "echo() {\n  command echo \"[$*]\"\n}\necho a b\nbuiltin echo plain\ncommand -- echo dashes"),
    ShellOracleCase(
      "a function wrapping printf",
      "printf() {\n  command printf '<%s>' \"$@\"\n  command echo\n}\nprintf x y\nx=$(printf z)\n"
        + "builtin echo \"$x\""),
    ShellOracleCase(
      "a wrapper in a pipeline",
      "jq() {\n  command jq -c .a\n}\nprintf '{\"a\": [1, 2]}' | jq\n"
        + "x=$(echo '{\"a\": {\"b\": 1}}' | jq)\necho \"$x\"\necho '{\"c\": 3}' | command jq .c"),
    ShellOracleCase(
      "a wrapper as a filter",
      "sort() {\n  command sort -r\n}\nprintf 'a\\nc\\nb\\n' | sort | command head -n 2\n"
        + "printf 'a\\nc\\n' | command sort"),
    ShellOracleCase(
      "a cd wrapper",
      "mkdir -p d/e\ncd() {\n  builtin cd \"$1\" && echo \"now ${PWD##*/}\"\n}\ncd d\ncd e\n"
        + "command cd ..\necho \"${PWD##*/}\""),
    ShellOracleCase(
      "the wrapped status",
      "false() {\n  command false\n}\nfalse || echo \"status $?\"\nfalse\necho never"),
    ShellOracleCase(
      "output redirection",
      "command echo to-file > out.txt\nbuiltin printf '%s\\n' more >> out.txt\ncat out.txt"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
