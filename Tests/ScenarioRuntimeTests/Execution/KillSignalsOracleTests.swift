import Testing

/// `kill` with every form of signal bash takes, `kill -l`, the errors bash reports, and a
/// background job killed by a signal: its `wait` status (128 + N) and the report bash prints on
/// standard error when it notices the death (process ids normalised on both sides).
@Suite struct KillSignalsOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "kill -9: wait gives 137, reported at the wait",
      "sleep 5 &\npid=$!\nkill -9 \"$pid\"\nwait \"$pid\" || echo \"rc=$?\"\necho after"),
    ShellOracleCase(
      "kill -KILL, -s KILL, -s SIGKILL, -n 9, -SIGKILL, -kill",
      "sleep 5 &\na=$!\nkill -KILL \"$a\"\nsleep 5 &\nb=$!\nkill -s KILL \"$b\"\nsleep 5 &\nc=$!\nkill -s SIGKILL \"$c\"\nsleep 5 &\nd=$!\nkill -n 9 \"$d\"\nsleep 5 &\ne=$!\nkill -SIGKILL \"$e\"\nsleep 5 &\nf=$!\nkill -kill -- \"$f\"\nfor p in \"$a\" \"$b\" \"$c\" \"$d\" \"$e\" \"$f\"; do wait \"$p\" || echo \"$?\"; done"
    ),
    ShellOracleCase(
      "HUP, USR1, USR2, ALRM: statuses and reports",
      "sleep 5 &\na=$!\nkill -HUP \"$a\"\nwait \"$a\" || echo \"hup=$?\"\nsleep 5 &\nb=$!\nkill -USR1 \"$b\"\nwait \"$b\" || echo \"usr1=$?\"\nsleep 5 &\nc=$!\nkill -s USR2 \"$c\"\nwait \"$c\" || echo \"usr2=$?\"\nsleep 5 &\nd=$!\nkill -14 \"$d\"\nwait \"$d\" || echo \"alrm=$?\""
    ),
    ShellOracleCase(
      "TERM and PIPE are not reported",
      "sleep 5 &\na=$!\nkill -TERM \"$a\"\nwait \"$a\" || echo \"term=$?\"\nsleep 5 &\nb=$!\nkill -PIPE \"$b\"\nwait \"$b\" || echo \"pipe=$?\""
    ),
    ShellOracleCase(
      "a job ignores INT and QUIT",
      "sleep 0.3 &\na=$!\nsleep 0.05\nkill -INT \"$a\"\nkill -QUIT \"$a\"\nwait \"$a\"\necho \"a=$?\""
    ),
    ShellOracleCase(
      "reported after the next foreground command",
      "sleep 5 &\npid=$!\nkill -KILL \"$pid\"\nsleep 0.1\necho after\necho more"),
    ShellOracleCase(
      "reported inside the function that runs the next command",
      "f() {\n  kill -9 \"$1\"\n  sleep 0.1\n  echo in-f\n}\nsleep 5 &\nf \"$!\"\necho out"),
    ShellOracleCase(
      "the command as bash prints it",
      "X=1   sleep   \"5\" &\na=$!\nkill -9 \"$a\"\nwait \"$a\" || true\n{ sleep 5; echo no; } &\nb=$!\nkill -9 \"$b\"\nwait \"$b\" || true\n( sleep 5 ) &\nc=$!\nkill -9 \"$c\"\nwait \"$c\" || true"
    ),
    ShellOracleCase(
      "the command of a negated job and of an && list",
      "! sleep 5 &\na=$!\nkill -9 \"$a\"\nwait \"$a\" || echo \"a=$?\"\nsleep 5 && true &\nb=$!\nkill -9 \"$b\"\nwait \"$b\" || echo \"b=$?\""
    ),
    ShellOracleCase(
      "a signal the shell traps is not reported",
      // The job runs `sleep` (the trap reset) before the signal: earlier, bash's copy of the
      // handler in the new process may swallow it.
      "trap 'echo trapped' USR1\nsleep 5 &\np=$!\nsleep 0.1\nkill -USR1 \"$p\"\nwait \"$p\" || echo \"rc=$?\""
    ),
    ShellOracleCase(
      "signals that do nothing to a job",
      "sleep 0.2 &\np=$!\nkill -CHLD \"$p\"\nkill -s WINCH \"$p\"\nkill -URG \"$p\"\nwait \"$p\"\necho \"rc=$?\""
    ),
    ShellOracleCase("kill -l: the table", "kill -l"),
    ShellOracleCase(
      "kill -l with names, numbers and statuses",
      "kill -l 9\nkill -l KILL\nkill -l SIGKILL\nkill -l 137\nkill -l kill\nkill -l 9 15 HUP\nkill -l 34 35 50 64"
    ),
    ShellOracleCase("kill -l: an unknown number", "kill -l 99 || echo \"rc=$?\""),
    ShellOracleCase("kill -l: an unknown name", "kill -l FOO || echo \"rc=$?\""),
    ShellOracleCase("kill -FOO: invalid signal", "kill -FOO 1 || echo \"rc=$?\""),
    ShellOracleCase("kill -n 99: invalid signal", "kill -n 99 1 || echo \"rc=$?\""),
    ShellOracleCase("kill -s without a signal", "kill -s || echo \"rc=$?\""),
    ShellOracleCase("kill without a pid: usage", "kill || echo \"rc=$?\""),
    ShellOracleCase("kill -9 without a pid: usage", "kill -9 || echo \"rc=$?\""),
    ShellOracleCase("kill -FOO under set -e ends the scenario", "kill -FOO 1\necho never"),
    ShellOracleCase("kill -9 of a pid that is no job", "kill -9 999999 || echo \"rc=$?\""),
    ShellOracleCase("kill -9 of a word", "kill -9 abc || echo \"rc=$?\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
