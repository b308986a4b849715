import ScenarioRuntime
import SpecModel
import Testing

/// Pipelines through jq, grep, sed, wc, tr, base64 and tee, against bash. They need the real
/// `FilterRunner` (skipped while only a stand-in is present).
@Suite(.enabled(if: RealFilters.present, "FilterRunner is a stand-in"))
struct FilterPipelineOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("jq raw output", "printf '{\"a\":1,\"b\":\"x\"}' | jq -r '.b'"),
    ShellOracleCase("jq -e false exits", "printf '{\"a\":false}' | jq -e '.a'\necho never"),
    ShellOracleCase(
      "jq -e in a condition",
      "if printf '{}' | jq -e '.a' > /dev/null; then echo yes; else echo \"no $?\"; fi"),
    ShellOracleCase("jq parse error", "printf 'not json' | jq . || echo \"rc=$?\""),
    ShellOracleCase("jq with --arg", "V=x\nprintf '{\"b\":\"x\"}' | jq --arg v \"$V\" '.b == $v'"),
    ShellOracleCase(
      "jq reading a file", "printf '[1,2]' > a.json\njq 'length' a.json\njq -c . < a.json"),
    ShellOracleCase("jq missing file", "jq . missing.json || echo \"rc=$?\""),
    ShellOracleCase(
      "capture through jq", "ID=$(printf '{\"id\":\"abc\"}' | jq -r '.id')\necho \"id=$ID\""),
    ShellOracleCase(
      "grep quiet",
      "printf 'a\\nb\\n' | grep -q b && echo found\nprintf 'a\\n' | grep -q z || echo \"rc=$?\""),
    ShellOracleCase(
      "grep count into jq",
      "printf 'event: a\\nevent: b\\n' > s.sse\ngrep -cE '^event: ' s.sse | jq -R -e 'tonumber >= 1' > /dev/null && echo ok"
    ),
    ShellOracleCase(
      "grep no match fails the pipeline", "printf 'a\\n' | grep z | head -n 1\necho never"),
    ShellOracleCase("sed substitution", "printf 'data: {}\\n' | sed 's/^data: //'"),
    ShellOracleCase(
      "sed p flag without -n prints twice",
      "printf 'a1\\nb2\\na3' | sed 's/a/A/p'\necho\nprintf 'a1\\nb2\\n' | sed -n 's/[0-9]/#/p'"),
    ShellOracleCase(
      "sed address keeps a missing final newline",
      "printf 'x=1\\ny=2' | sed -n '/y/p'\necho '|'\nV=$(printf 'k: v' | sed -n '/^k/p')\necho \"[$V]\""
    ),
    ShellOracleCase(
      "sed bracket with the delimiter",
      "printf '/v1/items\\n' | sed 's/[/]/_/g'\nprintf 'a/b\\n' | sed 's|/|-|'\nprintf 'a/b\\n' | sed -n '/a[/]b/p'"
    ),
    ShellOracleCase(
      "base64 wrap widths",
      "printf '%s' 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' | base64 -w0\necho '|'\nprintf 'hello world' | base64 -w 8\nprintf 'hello' | base64 --wrap=0 | base64 -d"
    ),
    ShellOracleCase(
      "wc and tr", "printf 'a b c\\n' | wc -w\nprintf 'a-b\\n' | tr '-' '_'\nprintf 'abc' | wc -c"),
    ShellOracleCase("base64 round trip", "printf 'hello' | base64\nprintf 'aGVsbG8=' | base64 -d"),
    ShellOracleCase("tee into a file", "printf 'x\\n' | tee copy.txt | head -n 1\ncat copy.txt"),
    ShellOracleCase(
      "helper asserting with jq",
      "assert_ok() {\n  jq -e '.ok == true' \"$1\" > /dev/null\n}\nprintf '{\"ok\":true}' > good.json\nprintf '{\"ok\":false}' > bad.json\nassert_ok good.json && echo good\nassert_ok bad.json || echo \"bad $?\"\nassert_ok bad.json\necho never"
    ),
    ShellOracleCase("jq null input", "jq -n --arg x 5 '{x: ($x | tonumber)}'"),
    ShellOracleCase(
      "sse extraction pipeline",
      "printf 'event: a\\ndata: {\"seq\":1,\"id\":\"r1\"}\\n\\ndata: [DONE]\\n' > live.sse\n"
        + "grep '^data: {' live.sse | sed 's/^data: //' | jq -e --arg rid r1 'select(.id == $rid) | .seq | type == \"number\"' > /dev/null && echo ok"
    ),
    ShellOracleCase(
      "polling with grep in a condition",
      "printf 'ready\\n' > status.txt\nfor _ in $(seq 1 5); do\n  if grep -q ready status.txt; then\n    echo ready\n    break\n  fi\n  sleep 0.01\ndone"
    ),
    ShellOracleCase(
      "jq failure in the middle of a pipeline",
      "printf 'oops' | jq . | head -n 1 || echo \"rc=$?\""),
    ShellOracleCase(
      "captured jq error output",
      "OUT=$(printf '{}' | jq -e '.missing' 2>&1) || echo \"rc=$? [$OUT]\""),
    ShellOracleCase(
      "grep -c with no match",
      "printf 'a\\n' > f.txt\nN=$(grep -c zzz f.txt) || true\necho \"n=$N\""),
    ShellOracleCase(
      "sort, uniq and cut in pipelines",
      "printf 'b,2\\na,10\\nb,2\\nc,1' > t.csv\n"
        + "cut -d, -f1 t.csv | sort | uniq -c\n"
        + "sort -t, -k2,2n -u t.csv\n"
        + "TOP=$(sort -t, -k2 -rn t.csv | head -n 1 | cut -d, -f1)\necho \"top=$TOP\"\n"
        + "printf 'x\\ny\\nx\\n' | sort | uniq -d\n"
        + "N=$(printf 'a\\nb\\na\\n' | sort -u | wc -l)\necho \"n=$N\""),
    ShellOracleCase(
      "sed over a headers file",
      "printf 'HTTP/1.1 200 OK\\r\\ncontent-type: text/plain\\r\\n\\r\\n' > h.txt\nsed -n '1,20p' h.txt\ngrep -Eiq '^HTTP/.* 200' h.txt && echo status-ok"
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}

/// Whether the real filters are built in (they count lines; the stand-in does not).
enum RealFilters {
  static var present: Bool {
    let result = try? FilterRunner.run(
      .count(.lines), input: Array("a\n".utf8), expand: { _ in "" }, workingDirectory: "/")
    return result?.output == Array("1\n".utf8)
  }
}
