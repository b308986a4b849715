import Testing

@testable import ScenarioRuntime

/// Commands that stop reading early (`head`, `sed Nq`, `grep -q`, `grep -m`) and the command
/// writing to them: real bash + curl 7.88 + coreutils against the test server, and the
/// interpreter with its HTTP transport against the same server, must print the same, exit the
/// same and say the same on standard error. `$B` is the server's base URL; `/big?bytes=N&line=L`
/// serves N bytes with a newline every L.
///
/// Only bodies whose real outcome does not race are here: up to 16 KiB (one write of curl, it
/// always succeeds) and from 80 KiB (curl always fails with 23). In between, the real outcome
/// depends on timing; the runtime follows the pipe model of `StagePipe` (`StagePipeTests`).
let earlyStopCases: [ShellOracleCase] = [
  ShellOracleCase(
    "1 KiB body through head -n1: curl wrote it all before head exited",
    #"curl -s "$B/big?bytes=1024&line=100" | head -n1"#),
  ShellOracleCase(
    "200 KiB body through head -n1: curl fails with 23",
    #"curl -s "$B/big?bytes=204800&line=100" | head -n1 || echo "status $?""#),
  ShellOracleCase(
    "5 MB body through head -n1, -sS prints curl's message",
    #"curl -sS "$B/big?bytes=5000000&line=100" | head -n1 || echo "status $?""#),
  ShellOracleCase(
    "5 MB body through head -c 10",
    #"curl -s "$B/big?bytes=5000000&line=100" | head -c 10 || echo " status $?""#),
  ShellOracleCase(
    "5 MB body through sed 1q and head -n 3",
    #"""
    curl -s "$B/big?bytes=5000000&line=100" | sed 1q || echo "status $?"
    curl -s "$B/big?bytes=5000000&line=100" | head -n 3 | wc -l || echo "status $?"
    """#),
  ShellOracleCase(
    "a head after the first line of a body without newline reads it all",
    #"curl -s "$B/big?bytes=204800" | head -n1 | wc -c"#),
  ShellOracleCase(
    "sed -n 1p reads to the end: curl succeeds",
    #"curl -s "$B/big?bytes=204800&line=100" | sed -n 1p"#),
  ShellOracleCase(
    "grep -q and grep -m1 stop at the first match",
    #"""
    curl -s "$B/big?bytes=5000000&line=100" | grep -q a || echo "q status $?"
    curl -s "$B/big?bytes=5000000&line=100" | grep -m1 a || echo "m status $?"
    curl -s "$B/big?bytes=1024&line=100" | grep -q a && echo "small matched"
    """#),
  ShellOracleCase(
    "sed q and sed -n '1{p;q}' quit after the first line",
    #"""
    curl -s "$B/big?bytes=5000000&line=100" | sed q || echo "status $?"
    curl -s "$B/big?bytes=5000000&line=100" | sed -n '1{p;q}' || echo "status $?"
    curl -s "$B/big?bytes=1024&line=100" | sed q
    """#),
  ShellOracleCase(
    "awk exit after the first record",
    #"""
    curl -s "$B/big?bytes=5000000&line=100" | awk 'NR==1{print; exit}' || echo "status $?"
    curl -s "$B/big?bytes=5000000&line=100" | awk 'NR==2{exit 3}' || echo "status $?"
    curl -s "$B/big?bytes=1024&line=100" | awk 'END{print NR}'
    """#),
  ShellOracleCase(
    "sed and awk reading to the end do not stop the writer",
    #"""
    curl -s "$B/big?bytes=204800&line=100" | sed -n '$p' | wc -c
    curl -s "$B/big?bytes=204800&line=100" | awk 'END{print NR}'
    """#),
  ShellOracleCase(
    "tr, cut, sed s and plain grep before head: they die of SIGPIPE, curl fails with 23",
    #"""
    curl -sS "$B/big?bytes=5000000&line=100" | tr a b | head -n1 || echo "tr status $?"
    curl -sS "$B/big?bytes=5000000&line=100" | cut -c1-5 | head -n2 || echo "cut status $?"
    curl -sS "$B/big?bytes=5000000&line=100" | sed 's/a/c/g' | head -n1 || echo "sed status $?"
    curl -sS "$B/big?bytes=5000000&line=100" | grep a | head -n1 || echo "grep status $?"
    """#),
  ShellOracleCase(
    "a chain of streaming filters before head",
    #"""
    curl -sS "$B/big?bytes=5000000&line=100" | tr a b | cut -c1-10 | grep b | head -n1 \
      || echo "status $?"
    curl -sS "$B/big?bytes=5000000&line=100" | sed -n '/a/p' | tr -s a | head -c 5 \
      || echo " status $?"
    """#),
  ShellOracleCase(
    "a plain cat between curl and head dies of SIGPIPE, and pipefail reports it",
    #"""
    curl -sS "$B/big?bytes=5000000&line=100" | cat | head -n1 || echo "cat status $?"
    printf 'a\nb\n' | cat | cat | tail -n1
    """#),
  ShellOracleCase(
    "tee and base64 before head",
    #"""
    curl -sS "$B/big?bytes=5000000&line=100" | tee copy | head -n1 || echo "tee status $?"
    rm copy # how much tee wrote before it died is a race
    curl -sS "$B/big?bytes=5000000&line=100" | base64 | head -n1 || echo "base64 status $?"
    curl -sS "$B/big?bytes=5000000&line=100" | base64 -w0 | head -c 8 || echo " status $?"
    """#),
  ShellOracleCase(
    "streaming filters that read to the end do not stop the writer",
    #"""
    curl -sS "$B/big?bytes=5000000&line=100" | tr a b | wc -c
    curl -sS "$B/big?bytes=5000000&line=100" | cut -c1-3 | uniq -c
    curl -sS "$B/big?bytes=5000000&line=100" | grep -c b || echo "status $?"
    curl -sS "$B/big?bytes=5000000&line=100" | uniq | head -n1
    curl -sS "$B/big?bytes=204800" | tr a b | head -c 3
    echo
    curl -sS "$B/big?bytes=5000000&line=100" | wc -l
    curl -sS "$B/big?bytes=5000000&line=100" | wc -L
    """#),
  ShellOracleCase(
    "grep -A context and -n line numbers across the body's parts, then head",
    #"""
    curl -sS "$B/big?bytes=5000000&line=100" | grep -n -A1 a | head -n 4 || echo "status $?"
    curl -sS "$B/big?bytes=5000000&line=100" | grep -m 2 -c a
    """#),
  ShellOracleCase(
    "seq through grep and head: seq and grep die of SIGPIPE",
    #"""
    seq 1 1000000 | grep 5 | head -n1 || echo "status $?"
    seq 1 1000 | grep 5 | head -n1
    seq 1 1000000 | tr 0-9 a-j | head -n 2 || echo "status $?"
    seq 1 300000 | grep -v 7 | wc -l
    """#),
  ShellOracleCase(
    "jq before head: jq dies of SIGPIPE, curl succeeds",
    #"curl -s "$B/big?bytes=204800&line=100" | jq -R . | head -n1 || echo "status $?""#),
  ShellOracleCase(
    "seq writes more than the pipe holds: 141",
    #"""
    seq 1 1000000 | head -n1 || echo "status $?"
    seq 1 1000 | head -n1
    """#),
  ShellOracleCase(
    "printf and cat FILE before head -c",
    #"""
    printf '%s\n' a b c | head -c1
    echo
    seq 1 100 > small
    cat small | head -n1
    seq 1 20000 > big
    cat big | head -n1 || echo "status $?"
    """#),
]

@Suite(.serialized) struct EarlyStopOracleTests {
  @Test(arguments: earlyStopCases)
  func matchesBashWithCurl(_ oracleCase: ShellOracleCase) async throws {
    try await oracleCase.expectSameAgainstTestServer()
  }
}
