import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// The failure report of one failing scenario of each kind, run against a local HTTP server
/// through the real transport, compared with `Golden/<id>.txt` (the report, then the
/// reproduction script). `RECORD_GOLDEN=1` rewrites the files. The server's port and `Date`
/// header are replaced by `PORT` and `DATE`.
@Suite struct FailureReportGoldenTests {
  static let secret = "tok-0123456789abcdef"
  static let markdown = """
    # Failures

    ## Auth-enabled runtime environment

    ```bash
    set -a
    source .env
    set +a
    export API="$API_URL"
    ```

    ## Checks

    ### S01 Flag is off

    The flag reads false.

    ```bash
    curl -sS "$API/json" \\
      | jq -e '.ok == false'
    ```

    ### S02 Item listed

    The list names the item.

    ```bash
    ITEM=missing
    curl -sS "$API/json" | grep -q "\\"$ITEM\\""
    ```

    ### S03 Page exists

    With the token.

    ```bash
    curl -fsS "$API/status/404" -H "Authorization: Bearer $TOKEN"
    ```

    ### S04 Health answers

    Another port.

    ```bash
    curl -sS "http://127.0.0.1:1/health"
    ```

    ### S05 Slow step

    Waits too long.

    ```bash
    echo started
    sleep 30
    ```

    ### S06 Created

    Needs: S01

    ```bash
    STATUS=$(curl -sS -o /dev/null -w '%{http_code}' "$API/json")
    [ "$STATUS" -eq 201 ]
    ```
    """

  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  /// Runs `ids` of the document against `server` with a time limit of `timeout` seconds and
  /// returns each one's report and reproduction script, normalised.
  static func reports(_ ids: [String], server: TestHTTPServer, timeout: Double) async throws
    -> [String: String]
  {
    let output = DocumentCompiler.compile(markdown: markdown, file: "failures.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "TOKEN=\(secret)\n".write(toFile: directory + "/.env", atomically: true, encoding: .utf8)
    let transport = HTTPClientTransport()
    let configuration = RunnerConfiguration(
      documentStem: "failures", environment: Snippet.baseVariables(home: directory),
      overrides: ["API_URL": server.baseURL], qaSuffix: "test", runDirectory: directory + "/run",
      timeout: timeout, keepArtifacts: false, workingDirectory: directory, transport: transport)
    let loaded = compiled
    let runner = DocumentRunner(loaded, configuration: configuration)
    let context = FailureReportContext(
      markdownName: "failures.md", markdownText: markdown, documentArgument: "failures.md",
      loaded: loaded, timeout: timeout)
    var reports: [String: String] = [:]
    for id in ids {
      let outcome = await runner.run(id)
      #expect(!outcome.passed, "\(id) passed")
      let report = context.report(outcome)
      reports[id] = normalize(
        report.render() + "--- reproduction script ---\n" + report.reproductionScript(),
        port: server.port)
    }
    await runner.finish()
    try await transport.shutdown()
    return reports
  }

  static func normalize(_ text: String, port: Int) -> String {
    text.replacing("127.0.0.1:\(port)", with: "127.0.0.1:PORT")
      .replacing(/Date: [^\n]*/, with: "Date: DATE")
      .replacing(/after [0-9]+ ms/, with: "after N ms")
  }

  static func recordOrCompare(_ reports: [String: String]) throws {
    for (id, text) in reports.sorted(by: { $0.key < $1.key }) {
      let url = goldenDirectory.appendingPathComponent("\(id).txt")
      if recording {
        try FileManager.default.createDirectory(
          at: goldenDirectory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        continue
      }
      let expected = try? String(contentsOf: url, encoding: .utf8)
      #expect(text == expected, "\(id)'s report differs from Golden/\(id).txt (RECORD_GOLDEN=1)")
    }
  }

  @Test func reportsOfEachKindOfFailure() async throws {
    let server = try await TestHTTPServer.start()
    let reports = try await Self.reports(
      ["S01", "S02", "S03", "S04", "S06"], server: server,
      timeout: DocumentRunnerTests.generousLimit)
    await server.stop()
    try Self.recordOrCompare(reports)
    // What the golden files must show, asserted apart so a re-recording cannot lose it.
    #expect(reports["S01"]?.contains("jq -e yielded false") == true)
    #expect(reports["S02"]?.contains("grep found no line matching '\"missing\"'") == true)
    #expect(reports["S03"]?.contains("curl -f got HTTP 404") == true)
    #expect(reports["S03"]?.contains("\"error\": \"status 404\"") == true)
    #expect(reports["S03"]?.contains("Authorization: ***") == true)
    #expect(reports.values.allSatisfy { !$0.contains(Self.secret) })
    #expect(reports["S04"]?.contains("Failed to connect to 127.0.0.1 port 1") == true)
    #expect(reports["S06"]?.contains("'200' -eq '201'") == true)
    #expect(reports["S06"]?.contains("last HTTP exchange before it (line 62):") == true)
    #expect(reports["S06"]?.contains("--scenario S06   # runs its needs first: S01") == true)
  }

  @Test func reportOfATimeout() async throws {
    let server = try await TestHTTPServer.start()
    // Long enough for the script to reach its sleep on a busy machine.
    let reports = try await Self.reports(["S05"], server: server, timeout: 5)
    await server.stop()
    try Self.recordOrCompare(reports)
    #expect(reports["S05"]?.contains("timed out after 5s while running line 54") == true)
  }
}
