import Testing

/// `trap 'COMMANDS' SIGNAL…`, `trap '' SIG`, `trap - SIG` and `trap -p SIG…` with the scenario
/// signalling its own shell (`kill -TERM $$`) from itself, a function, a subshell or a
/// background job; and what happens without a trap: the shell dies of the signal (status
/// 128 + N; bash's parent, not the shell, would print the signal's name).
@Suite struct SignalTrapOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "the TERM handler runs with $? and the status goes on",
      "trap 'echo \"got TERM $?\"' TERM\nkill -TERM $$\necho \"after $?\""),
    ShellOracleCase(
      "USR1 by number, INT with -s",
      "trap 'echo usr1' 10\nkill -USR1 \"$$\"\ntrap 'echo int' INT\nkill -s INT \"$$\"\necho after"),
    ShellOracleCase(
      "several signals in one trap, lower-case names",
      "trap 'echo caught' hup usr2 SIGALRM\nkill -HUP $$\nkill -USR2 $$\nkill -ALRM $$\necho done"),
    ShellOracleCase(
      "$BASHPID is the shell's own pid",
      "trap 'echo usr1' USR1\nkill -USR1 \"$BASHPID\"\necho after\n[ \"$BASHPID\" = \"$$\" ] && echo same\n( [ \"$BASHPID\" != \"$$\" ] && echo differs )"
    ),
    ShellOracleCase(
      "kill $$ without a signal is TERM", "trap 'echo term' TERM\nkill $$\necho after"),
    ShellOracleCase(
      "an ignored signal does nothing", "trap '' TERM\nkill -TERM $$\necho \"after $?\""),
    ShellOracleCase(
      "trap - restores the default: the shell dies",
      "trap 'echo h' TERM\ntrap - TERM\nkill -TERM $$\necho never"),
    ShellOracleCase("no trap: TERM ends the shell with 143", "kill -TERM $$\necho never"),
    ShellOracleCase(
      "no trap: the EXIT trap runs (INT 130)", "trap 'echo X' EXIT\nkill -INT $$\necho never"),
    ShellOracleCase(
      "no trap: the EXIT trap runs (HUP 129, USR1 138)",
      "trap 'echo \"X $?\"' EXIT\nkill -USR1 $$\necho never"),
    ShellOracleCase(
      "no trap: KILL skips the EXIT trap", "trap 'echo X' EXIT\nkill -9 $$\necho never"),
    ShellOracleCase(
      "a handler that exits", "trap 'echo h; exit 3' TERM\nkill -TERM $$\necho never"),
    ShellOracleCase(
      "a handler that exits with the status before it",
      "trap 'echo h; exit' TERM\nkill -TERM $$\necho never"),
    ShellOracleCase(
      "from a function: the handler runs before the function goes on",
      "trap 'echo hi' TERM\nf() {\n  kill -TERM $$\n  echo in-f\n}\nf\necho after"),
    ShellOracleCase(
      "from a subshell: the handler runs when the subshell ends",
      "trap 'echo hi' TERM\n( kill -TERM $$; echo in-sub )\necho after"),
    ShellOracleCase(
      "a subshell does not inherit the handler but keeps ignored signals",
      "trap '' USR2\n( kill -USR2 $$; echo sub )\necho after"),
    ShellOracleCase(
      "from a background job: wait ends with 128 + N",
      "trap 'echo hi' TERM\n{ sleep 0.2; kill -TERM $$; } &\nwait\necho never"),
    ShellOracleCase(
      "from a background job, wait PID in a condition",
      "trap 'echo hi' USR1\n{ sleep 0.2; kill -USR1 $$; } &\np=$!\nwait \"$p\" || echo \"rc=$?\"\necho after"
    ),
    ShellOracleCase(
      "no trap: the EXIT trap sees the last command's status, exit does not change 130",
      "trap 'echo \"X $?\"; exit' EXIT\nfalse || kill -INT $$\necho never"),
    ShellOracleCase(
      "trap -p for signals, after trap -",
      "trap \"echo 'a b'\" TERM\ntrap '' HUP\ntrap 'echo u' USR1\ntrap -p TERM HUP\ntrap -p USR1 INT\ntrap - TERM\ntrap -p TERM\necho end"
    ),
    ShellOracleCase(
      "EXIT and a signal in one trap",
      "trap 'echo both' EXIT TERM\nkill -TERM $$\necho after"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
