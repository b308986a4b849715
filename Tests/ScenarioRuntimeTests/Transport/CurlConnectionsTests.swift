import Foundation
import ScenarioRuntime
import SpecCompiler
import Testing

/// Connections live as long as one curl command, as a curl process's do: reused between the
/// URLs of one command, never between commands.
@Suite(.serialized) struct CurlConnectionsTests {
  /// Scenarios of a document, each one curl command: S01 asks to upgrade and gets a 404, after
  /// which the test server (NIO's request decoder) reads nothing more on that connection. Under
  /// bash S02's curl is a new process on a new connection and gets its 404 at once; so must the
  /// runtime's S02, through `DocumentRunner` and `HTTPClientTransport`. S03 shows the server
  /// does stall a reused connection: one curl command, two transfers.
  static let upgradeRefused = """
    # Upgrade refused

    ## Checks

    ### S01 Upgrade refused

    Asks to switch to WebSocket.

    ```bash
    curl -sS -m 10 -o /dev/null -w '%{http_code}\\n' -H 'Connection: Upgrade' -H 'Upgrade: websocket' "$B/ws"
    ```

    ### S02 Plain request

    The next command's request.

    ```bash
    curl -sS -m 10 -w '%{http_code} %{num_connects}\\n' "$B/ws"
    ```

    ### S03 One command, two transfers

    Within one curl command the second transfer reuses the first one's connection, on which
    the server reads nothing more: it waits for `-m`, under bash as in the runtime.

    ```bash
    curl -sS -m 3 -o /dev/null -w '%{http_code}\\n' -H 'Connection: Upgrade' -H 'Upgrade: websocket' "$B/ws" \\
      --next -sS -m 3 -w '%{http_code} %{num_connects}\\n' "$B/ws" || echo "status $?"
    ```
    """

  @Test func twoScenariosInARowWithAnUpgradeRequestBehaveAsUnderBash() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let output = DocumentCompiler.compile(markdown: Self.upgradeRefused, file: "upgrade.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let variables = ["B": server.baseURL]
    let configuration = RunnerConfiguration(
      documentStem: "upgrade",
      environment: Snippet.baseVariables(home: directory).merging(variables) { $1 },
      qaSuffix: "test", runDirectory: directory + "/run", timeout: 60, keepArtifacts: false,
      workingDirectory: directory, setup: .once, transport: transport)
    let runner = DocumentRunner(
      compiled,
      configuration: configuration)

    let blocks = Self.upgradeRefused.components(separatedBy: "```bash\n").dropFirst().map {
      $0.components(separatedBy: "\n```")[0]
    }
    var bash: [(Int32, String)] = []
    for block in blocks {
      let (status, out, _) = try await BashOracle.runBash(
        setup: nil, block, in: directory, variables: variables)
      bash.append((status, String(decoding: out, as: UTF8.self)))
    }
    #expect(bash.map(\.1) == ["404\n", "no route\n404 1\n", "404\n000 0\nstatus 28\n"])

    let first = await runner.run("S01")
    let second = await runner.run("S02")
    let third = await runner.run("S03")
    try await transport.shutdown()
    await server.stop()
    #expect(first.status == bash[0].0)
    #expect(String(decoding: first.stdout, as: UTF8.self) == bash[0].1)
    #expect(second.status == bash[1].0)
    #expect(String(decoding: second.stdout, as: UTF8.self) == bash[1].1)
    #expect(third.status == bash[2].0)
    #expect(String(decoding: third.stdout, as: UTF8.self) == bash[2].1)
    // A second request on S01's connection would wait for `-m 10`.
    #expect(second.seconds < 5, "S02 took \(second.seconds) s")
  }

  /// 50 background transfers are 50 connections at once, as 50 curl processes would be: the
  /// server answers only once all 50 requests wait together (a shared pool of 8 connections
  /// would leave 42 waiting until the barrier gives up with 504), however loaded the machine.
  @Test func fiftyBackgroundCurlsAreFiftyConnectionsAtOnce() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let result = try await Snippet.interpret(
      """
      for i in $(seq 50); do
        curl -sS -o /dev/null -w '%{http_code}\\n' "$B/barrier?n=50&ms=20000" &
      done
      wait
      echo done
      """, variables: ["B": server.baseURL], transport: transport)
    try await transport.shutdown()
    #expect(result.out == String(repeating: "200\n", count: 50) + "done\n", "\(result.err)")
    #expect(server.connections == 50)
    await server.stop()
  }
}
