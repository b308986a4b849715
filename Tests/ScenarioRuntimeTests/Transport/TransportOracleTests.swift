import Foundation
import Testing

@testable import ScenarioRuntime

/// Where an oracle case sends its request.
struct OracleContext: Sendable {
  /// `http://127.0.0.1:PORT` of the test server.
  var base: String
  /// A directory of its own for each side (`-o`, `-D` files).
  var scratch: String
  /// A port nothing listens on.
  var closedPort: Int
  /// A port whose connections never complete.
  var hangingPort: Int
}

struct CurlOracleCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// Files (relative to the scratch directory) to compare.
  var files: [String] = []
  /// Normalise `-w` times.
  var times = false
  var build: @Sendable (OracleContext) -> ResolvedRequest

  var testDescription: String { name }

  init(
    _ name: String, files: [String] = [], times: Bool = false,
    _ build: @escaping @Sendable (OracleContext) -> ResolvedRequest
  ) {
    self.name = name
    self.files = files
    self.times = times
    self.build = build
  }
}

/// curl 7.88 and `HTTPClientTransport` on the same requests to the same server: equal standard
/// output, standard error, exit status and written files, both sides run at once. The cases are
/// in `TransportOracleTests+<Topic>.swift`, one file per topic.
@Suite(.serialized) struct TransportOracleTests {
  /// Runs `oracleCase` through curl and through `HTTPClientTransport`, and expects the same.
  static func expectSame(_ oracleCase: CurlOracleCase) async throws {
    guard CurlOracle.isAvailable else {
      print("skipped: \(CurlOracle.curlPath) is missing, oracle case '\(oracleCase.name)' not run")
      return
    }
    let server = try await TestHTTPServer.start()
    let hanging = try FullBacklogListener()
    let transport = HTTPClientTransport(connectTimeout: .seconds(2))
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "curl-oracle-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let closedPort = try await closedPort()

    // Names of one length: curl wraps warnings that quote the path.
    @Sendable func run(_ side: String) async throws -> CurlRun {
      let scratch = root + "/" + side
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      let context = OracleContext(
        base: server.baseURL, scratch: scratch, closedPort: closedPort, hangingPort: hanging.port)
      let request = oracleCase.build(context)
      let run =
        side == "curl"
        ? try await CurlOracle.runCurl(request, scratch: scratch, files: oracleCase.files)
        : await CurlOracle.runTransport(
          transport, request, scratch: scratch, files: oracleCase.files)
      return CurlOracle.normalised(run, scratch: scratch, times: oracleCase.times)
    }
    // Both sides at once: the server keeps no state between requests, and the waits the
    // cases are about (`--max-time`, `--retry`'s delay, a hanging connect) then overlap.
    async let curlRun = run("curl")
    async let ourRun = run("ours")
    let runs = try await [curlRun, ourRun]
    try await transport.shutdown()
    await server.stop()
    #expect(runs[1] == runs[0], "curl:\n\(runs[0])\ntransport:\n\(runs[1])")
  }

  /// A port that was just free: bound, then released.
  static func closedPort() async throws -> Int {
    let server = try await TestHTTPServer.start()
    let port = server.port
    await server.stop()
    return port
  }

  // MARK: - Building requests

  static func options(_ change: (inout ResolvedCurlOptions) -> Void) -> ResolvedCurlOptions {
    var options = ResolvedCurlOptions()
    options.silent = true
    change(&options)
    return options
  }

  static func get(_ url: String, _ change: (inout ResolvedCurlOptions) -> Void = { _ in })
    -> ResolvedRequest
  {
    ResolvedRequest(method: "GET", url: url, options: options(change))
  }

  /// `-X METHOD URL`, no data.
  static func bodiless(_ method: String, _ context: OracleContext) -> ResolvedRequest {
    ResolvedRequest(
      method: method, explicitMethod: true, url: context.base + "/received",
      options: options { _ in })
  }

  /// `-X METHOD --data-binary @FILE URL`.
  static func withData(_ method: String, _ body: [UInt8], _ context: OracleContext)
    -> ResolvedRequest
  {
    ResolvedRequest(
      method: method, explicitMethod: true, url: context.base + "/received",
      body: .data(body, form: true), options: options { _ in })
  }
}
