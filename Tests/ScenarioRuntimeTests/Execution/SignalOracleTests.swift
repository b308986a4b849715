import Testing

/// `kill -SIGNAL`, `kill -s`, `kill -n`, `kill -0`, several process ids, `wait PID PID…` and
/// `wait -n` against bash 5.2. (A message naming a real process id is not compared: the
/// runtime's are made up.)
@Suite struct SignalOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "kill -s TERM, -SIGTERM, -15, -n 15 and -term",
      "sleep 5 &\na=$!\nkill -s TERM \"$a\"\nsleep 5 &\nb=$!\nkill -SIGTERM \"$b\"\nsleep 5 &\nc=$!\nkill -15 \"$c\"\nsleep 5 &\nd=$!\nkill -n 15 \"$d\"\nsleep 5 &\ne=$!\nkill -term -- \"$e\"\nfor p in \"$a\" \"$b\" \"$c\" \"$d\" \"$e\"; do wait \"$p\" || echo \"$?\"; done"
    ),
    ShellOracleCase(
      "kill -0 and kill -s 0 check a running job",
      "sleep 0.2 &\np=$!\nkill -0 \"$p\" && echo alive\nkill -s 0 \"$p\" && echo still\nwait \"$p\"\necho \"done $?\""
    ),
    ShellOracleCase(
      "kill several jobs",
      "sleep 5 &\na=$!\nsleep 5 &\nb=$!\nkill \"$a\" \"$b\"\nwait \"$a\" || echo \"a=$?\"\nwait \"$b\" || echo \"b=$?\""
    ),
    ShellOracleCase(
      "kill: an unknown pid among others is reported, the status is 0",
      "sleep 5 &\na=$!\nkill -TERM \"$a\" 999999 || echo \"rc=$?\"\nwait \"$a\" || echo \"a=$?\""),
    ShellOracleCase(
      "wait for several pids: the last status",
      "( exit 4 ) &\na=$!\n( exit 5 ) &\nb=$!\nwait \"$a\" \"$b\" || echo \"rc=$?\"\n( exit 6 ) &\nc=$!\n( exit 0 ) &\nd=$!\nwait \"$c\" \"$d\" && echo \"last ok\""
    ),
    ShellOracleCase(
      "wait -n: the first job to end",
      "sleep 1 &\nslow=$!\n( sleep 0.05; exit 3 ) &\nwait -n || echo \"first=$?\"\nwait -n && echo \"second ok\"\nwait -n || echo \"none=$?\""
    ),
    ShellOracleCase(
      "wait -n with pids",
      "( sleep 0.05; exit 2 ) &\na=$!\nsleep 5 &\nb=$!\nwait -n \"$b\" \"$a\" || echo \"rc=$?\"\nkill -0 \"$b\" && echo \"b still runs\"\nkill \"$b\"\nwait \"$b\" || echo \"b=$?\""
    ),
    ShellOracleCase("wait -n without jobs", "wait -n || echo \"rc=$?\""),
    ShellOracleCase(
      "wait -n ignores a job that already ended",
      "( exit 3 ) &\nsleep 0.2\nwait -n || echo \"rc=$?\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: [
    ("sleep 5 &\nkill -STOP \"$!\"", "kill -STOP is not supported"),
    ("sleep 5 &\nkill -s TSTP \"$!\"", "kill -TSTP is not supported"),
    ("sleep 5 &\nkill %1", "job specifications ('%1') are not supported"),
    ("wait -f", "wait option '-f' is not supported"),
  ])
  func unsupportedFormsAreErrors(_ bash: String, _ message: String) throws {
    let error = try #require(throws: Snippet.CompileFailure.self) { try Snippet.compile(bash) }
    #expect(error.diagnostics.contains { $0.contains(message) }, "\(error.diagnostics)")
  }
}
