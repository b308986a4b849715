import Testing

/// Pipelines through the filters, `pipefail`, background jobs, `wait`, `kill` and `timeout`,
/// against bash.
@Suite struct JobOracleTests {
  static let cases: [OracleCase] = [
    OracleCase("head", "printf 'a\\nb\\nc\\n' | head -n 2"),
    OracleCase("sed line", "printf 'a\\nb\\nc\\n' | sed -n '2p'"),
    OracleCase("tail", "printf 'a\\nb\\nc\\n' | tail -n 1"),
    OracleCase("captured head", "X=$(printf 'a\\nb\\n' | head -n 1)\necho \"[$X]\""),
    OracleCase("pipefail exits", "sed -n '1p' missing.txt | head -n 1\necho never"),
    OracleCase("pipefail status", "sed -n '1p' missing.txt | head -n 1 || echo \"rc=$?\""),
    OracleCase(
      "without pipefail the last status counts",
      "set +o pipefail\nsed -n '1p' missing.txt | head -n 1\necho \"after $?\""),
    OracleCase(
      "unset variable in a pipeline fails only its command",
      "if printf '%s\\n' \"$UNDEFINED_VARIABLE\" | head -n 1; then echo yes; else echo \"no $?\"; fi\necho after"
    ),
    OracleCase("file source through a filter", "printf '1\\n2\\n3\\n' > n.txt\nhead -n 2 n.txt"),
    OracleCase("pipeline into a file", "printf 'a\\nb\\n' | head -n 1 > first.txt\ncat first.txt"),
    OracleCase(
      "background job and wait",
      "sleep 0.05 &\nP=$!\nwait \"$P\"\necho \"waited $?\""),
    OracleCase(
      "background output",
      "{\n  sleep 0.05\n  echo from-job\n} &\nwait\necho after"),
    OracleCase(
      "background failure status",
      "( exit 3 ) &\nP=$!\nwait \"$P\" || echo \"rc=$?\""),
    OracleCase(
      "kill a job",
      "sleep 5 &\nP=$!\nkill \"$P\"\nwait \"$P\" || echo \"rc=$?\""),
    OracleCase("kill an unknown pid", "kill 999999 || echo \"rc=$?\""),
    OracleCase("kill a non-number", "kill abc || echo \"rc=$?\""),
    OracleCase("wait for an unknown pid", "wait 999999 || echo \"rc=$?\""),
    OracleCase("background job has its own variables", "X=1\n{\n  X=2\n} &\nwait\necho \"$X\""),
    OracleCase("timeout expires", "timeout 0.1 sleep 5 || echo \"rc=$?\""),
    OracleCase("timeout not reached", "timeout 5 sleep 0.01\necho \"rc=$?\""),
    OracleCase("timeout failure exits", "timeout 0.1 sleep 5\necho never"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: OracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
