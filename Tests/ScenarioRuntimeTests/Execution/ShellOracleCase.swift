import ScenarioRuntime
import Testing

/// One snippet compared with real bash: a name for the test list, an optional setup block and
/// the scenario block.
struct ShellOracleCase: CustomTestStringConvertible, Sendable {
  var name: String
  var setup: String?
  var bash: String
  var variables: [String: String]

  init(_ name: String, setup: String? = nil, _ bash: String, variables: [String: String] = [:]) {
    self.name = name
    self.setup = setup
    self.bash = bash
    self.variables = variables
  }

  var testDescription: String { name }
}

extension ShellOracleCase {
  /// Runs the case in real bash (with curl) and in the runtime (with its curl over
  /// AsyncHTTPClient), both against one fresh `TestHTTPServer` whose URL is `$B`.
  func expectSameAgainstTestServer(sourceLocation: SourceLocation = #_sourceLocation)
    async throws
  {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let compiled = try Snippet.compile(setup: setup, bash)
    try await BashOracle.expectSame(
      compiled, setup: setup, bash, variables: variables.merging(["B": server.baseURL]) { $1 },
      transport: transport, sourceLocation: sourceLocation)
    try await transport.shutdown()
    await server.stop()
  }
}
