import Testing

/// `trap … ERR`, `trap - SIG`, `trap '' SIG` and several signals in one `trap` against bash 5.2.
@Suite struct TrapOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "ERR runs before set -e ends the shell", "trap 'echo \"ERR $?\" >&2' ERR\nfalse\necho after"),
    ShellOracleCase(
      "ERR does not run where set -e does not apply",
      "trap 'echo ERR >&2' ERR\nfalse || true\nif false; then :; fi\n! true\nwhile false; do :; done\necho ok"
    ),
    ShellOracleCase(
      "ERR is not inherited by functions: the call fails at its level",
      "f() { return 3; }\ntrap 'echo \"ERR $?\" >&2' ERR\nf"),
    ShellOracleCase(
      "set -e inside a function ends the shell without the ERR trap",
      "f() { false; echo in-f; }\ntrap 'echo \"ERR $?\" >&2' ERR\nf\necho after"),
    ShellOracleCase(
      "ERR with set +e: subshells and substitutions fail at the top level",
      "set +e\ntrap 'echo \"ERR $?\" >&2' ERR\nfalse\necho after\n(false)\necho sub\nx=$(false)\necho cs"
    ),
    ShellOracleCase(
      "ERR and EXIT both run", "trap 'echo E >&2' ERR\ntrap 'echo X >&2' EXIT\nfalse"),
    ShellOracleCase(
      "trap - ERR and trap '' ERR remove it",
      "set +e\ntrap 'echo E >&2' ERR\ntrap - ERR\nfalse\ntrap 'echo E2 >&2' ERR\ntrap '' ERR\nfalse\necho done"
    ),
    ShellOracleCase(
      "trap - EXIT and trap '' EXIT remove it",
      "trap 'echo X1' EXIT\ntrap - EXIT\ntrap 'echo X2' EXIT\ntrap '' EXIT\necho body"),
    ShellOracleCase(
      "one trap for EXIT and ERR, lower-case names",
      "trap 'echo \"trap $?\" >&2' exit err\nfalse"),
    ShellOracleCase(
      "INT and TERM reset or ignored", "trap - INT TERM\ntrap '' SIGINT 15\necho ok"),
    ShellOracleCase(
      "the ERR trap sees the failing status and keeps it",
      "set +e\ntrap 'echo \"in trap $?\"' ERR\n( exit 7 )\necho \"after $?\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: [
    ("trap 'echo hi' DEBUG", "trap on 'DEBUG' is not supported"),
    ("trap 'echo hi' SIGFOO", "trap on 'SIGFOO' is not supported"),
    ("trap -l", "trap option '-l' is not supported"),
    ("trap -p", "trap -p takes signal names"),
  ])
  func unsupportedFormsAreErrors(_ bash: String, _ message: String) throws {
    let error = try #require(throws: Snippet.CompileFailure.self) { try Snippet.compile(bash) }
    #expect(error.diagnostics.contains { $0.contains(message) }, "\(error.diagnostics)")
  }
}
