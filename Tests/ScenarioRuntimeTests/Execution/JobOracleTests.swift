import Testing

/// Pipelines through the filters, `pipefail`, background jobs, `wait`, `kill` and `timeout`,
/// against bash.
@Suite struct JobOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("first lines", "printf 'a\\nb\\nc\\n' | sed -n '1,2p'"),
    ShellOracleCase("sed line", "printf 'a\\nb\\nc\\n' | sed -n '2p'"),
    ShellOracleCase("tail", "printf 'a\\nb\\nc\\n' | tail -n 1"),
    // Not `head`: printf can take SIGPIPE (141) when head exits first, a race in bash itself.
    ShellOracleCase("captured first line", "X=$(printf 'a\\nb\\n' | sed -n '1p')\necho \"[$X]\""),
    ShellOracleCase("pipefail exits", "sed -n '1p' missing.txt | head -n 1\necho never"),
    ShellOracleCase("pipefail status", "sed -n '1p' missing.txt | head -n 1 || echo \"rc=$?\""),
    ShellOracleCase(
      "without pipefail the last status counts",
      "set +o pipefail\nsed -n '1p' missing.txt | head -n 1\necho \"after $?\""),
    ShellOracleCase(
      "unset variable in a pipeline fails only its command",
      "if printf '%s\\n' \"$UNDEFINED_VARIABLE\" | head -n 1; then echo yes; else echo \"no $?\"; fi\necho after"
    ),
    ShellOracleCase(
      "file source through a filter", "printf '1\\n2\\n3\\n' > n.txt\nhead -n 2 n.txt"),
    ShellOracleCase(
      "pipeline into a file", "printf 'a\\nb\\n' | sed -n '1p' > first.txt\ncat first.txt"),
    ShellOracleCase(
      "background job and wait",
      "sleep 0.05 &\nP=$!\nwait \"$P\"\necho \"waited $?\""),
    ShellOracleCase(
      "background output",
      "{\n  sleep 0.05\n  echo from-job\n} &\nwait\necho after"),
    ShellOracleCase(
      "background failure status",
      "( exit 3 ) &\nP=$!\nwait \"$P\" || echo \"rc=$?\""),
    ShellOracleCase(
      "kill a job",
      "sleep 5 &\nP=$!\nkill \"$P\"\nwait \"$P\" || echo \"rc=$?\""),
    ShellOracleCase("kill an unknown pid", "kill 999999 || echo \"rc=$?\""),
    ShellOracleCase("kill a non-number", "kill abc || echo \"rc=$?\""),
    ShellOracleCase("wait for an unknown pid", "wait 999999 || echo \"rc=$?\""),
    ShellOracleCase(
      "background job has its own variables", "X=1\n{\n  X=2\n} &\nwait\necho \"$X\""),
    ShellOracleCase("timeout expires", "timeout 0.1 sleep 5 || echo \"rc=$?\""),
    ShellOracleCase("timeout not reached", "timeout 5 sleep 0.01\necho \"rc=$?\""),
    ShellOracleCase("timeout failure exits", "timeout 0.1 sleep 5\necho never"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
