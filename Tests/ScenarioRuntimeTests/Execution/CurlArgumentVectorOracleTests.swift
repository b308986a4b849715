import Foundation
import Testing

@testable import ScenarioRuntime

/// curl command lines only known at run time (`curl "${args[@]}" "$@"`) and several transfers
/// in one invocation (several URLs, `--next`): real bash with real curl 7.88 against the test
/// server, and the interpreter with its HTTP transport against the same server, must print the
/// same, exit the same and say the same on standard error. `$B` is the server's base URL.
let curlArgumentVectorCases: [ShellOracleCase] = [
  ShellOracleCase(
    "array of options and URL",
    #"""
    args=(-sS "$B/json")
    curl "${args[@]}"
    """#),
  ShellOracleCase(
    "helper passes \"$@\" on",
    #"""
    get() { curl -s "$@"; }
    get "$B/json" -w '\n%{http_code}\n'
    """#),
  ShellOracleCase(
    "helper builds an array, then \"${args[@]}\" \"$@\"",
    #"""
    get() {
      local args=(-sS -H "X-Probe: one two")
      args+=(-w '|%{http_code}\n')
      curl "${args[@]}" "$@"
    }
    get "$B/echo" -o /dev/null
    get -XPOST -d 'a=1' -d 'b=2' "$B/received"
    """#),
  ShellOracleCase(
    "empty array and unquoted $*",
    #"""
    none=()
    curl -s "${none[@]}" "$B/json"
    get() { curl $*; }
    get -s -w '\n%{http_code}\n' "$B/json"
    """#),
  ShellOracleCase(
    "several URLs: one -o for the first, -w per transfer",
    #"""
    args=(-s -o /dev/null -w '[%{http_code}]\n')
    curl "${args[@]}" "$B/json" "$B/status/404"
    """#),
  ShellOracleCase(
    "several URLs written literally",
    #"""
    curl -s -o /dev/null -o /dev/null -w '%{http_code} ' "$B/json" "$B/status/404"
    echo
    """#),
  ShellOracleCase(
    "several URLs: the status is the last transfer's",
    #"""
    args=(-sf -w '%{http_code}\n')
    curl "${args[@]}" "$B/status/404" "$B/status/204" || echo "first failed: $?"
    curl "${args[@]}" "$B/status/204" "$B/status/404" || echo "last failed: $?"
    """#),
  ShellOracleCase(
    "--next starts a group with options of its own",
    #"""
    args=(-sf "$B/json" --next -s -o /dev/null -w '%{http_code}\n' "$B/status/404")
    curl "${args[@]}"
    curl -s "$B/status/204" --next --next -w 'third %{http_code}\n' "$B/status/204"
    """#),
  ShellOracleCase(
    "--url and -- in an array",
    #"""
    first=(--url "$B/json" -s)
    curl "${first[@]}"
    second=(-s -w '\n' -- "$B/json")
    curl "${second[@]}"
    """#),
  ShellOracleCase(
    "unknown option at run time",
    #"""
    args=(-s --bogus)
    curl "${args[@]}" "$B/json" || echo "status $?"
    args=(-s8)
    curl "${args[@]}" "$B/json" || echo "status $?"
    """#),
  ShellOracleCase(
    "option without its value at run time",
    #"""
    args=(-H)
    curl -s "$B/json" "${args[@]}" || echo "status $?"
    args=(-sH)
    curl "$B/json" "${args[@]}" || echo "status $?"
    """#),
  ShellOracleCase(
    "no URL at run time",
    #"""
    args=(-s)
    curl "${args[@]}" || echo "status $?"
    """#),
  ShellOracleCase(
    "a last --next group without a URL runs the transfers first",
    #"""
    args=(-s -w '\n' "$B/json" --next)
    curl "${args[@]}" || echo "status $?"
    """#),
  ShellOracleCase(
    "one curl command reuses its connection, the next command does not",
    #"""
    curl -s -o /dev/null -o /dev/null -w '%{num_connects}\n' "$B/json" "$B/json" \
      --next -o /dev/null -w '%{num_connects}\n' "$B/json"
    curl -s -o /dev/null -w '%{num_connects}\n' "$B/json"
    """#),
  ShellOracleCase(
    "not a number at run time",
    #"""
    args=(--max-time soon)
    curl -s "${args[@]}" "$B/json" || echo "status $?"
    args=(--retry x)
    curl -s "${args[@]}" "$B/json" || echo "status $?"
    args=(-sm soon)
    curl "${args[@]}" "$B/json" || echo "status $?"
    """#),
  ShellOracleCase(
    "a badly formed -F at run time",
    #"""
    args=(-F novalue)
    curl -s "${args[@]}" "$B/json" || echo "status $?"
    curl "${args[@]}" -s "$B/json" || echo "status $?"
    """#),
]

@Suite(.serialized) struct CurlArgumentVectorOracleTests {
  @Test(arguments: curlArgumentVectorCases)
  func matchesBashWithCurl(_ oracleCase: ShellOracleCase) async throws {
    try await oracleCase.expectSameAgainstTestServer()
  }
}
