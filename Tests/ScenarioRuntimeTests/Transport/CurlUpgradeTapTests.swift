import Foundation
import Synchronization
import Testing

@testable import ScenarioRuntime

/// `GET /switch?QUERY`, `-sS` and a `-w` that shows what curl counted.
private func switching(
  _ context: OracleContext, _ query: String,
  _ change: (inout ResolvedCurlOptions) -> Void = { _ in }
) -> ResolvedRequest {
  var options = ResolvedCurlOptions()
  options.silent = true
  options.showError = true
  options.writeOut = "[%{http_code}][%{size_download}][%{size_header}][%{num_connects}]"
  change(&options)
  return ResolvedRequest(method: "GET", url: context.base + "/switch?" + query, options: options)
}

/// A `101 Switching Protocols` answer curl did not ask for, against curl 7.88: the body is
/// what follows the head, up to the server's close or `--max-time` (exit 28).
let switchingProtocolsCases: [CurlOracleCase] = [
  CurlOracleCase("101, the connection stays open, --max-time") {
    switching($0, "") { $0.maxTime = 1 }
  },
  CurlOracleCase("101 and bytes, the connection stays open, --max-time") {
    switching($0, "body=hello") { $0.maxTime = 1 }
  },
  CurlOracleCase("101 and bytes, then the server closes") {
    switching($0, "body=hello&then=close")
  },
  CurlOracleCase("101 with Content-Length: curl reads past it") {
    switching($0, "body=abcdef&length=3") { $0.maxTime = 1 }
  },
  CurlOracleCase("-i on a 101") {
    switching($0, "body=hello&then=close") { $0.includeHeaders = true }
  },
  CurlOracleCase("-f on a 101, --max-time") {
    switching($0, "body=x") {
      $0.failOnHTTPError = true
      $0.maxTime = 1
    }
  },
  CurlOracleCase("-I on a 101: an empty reply") {
    var request = switching($0, "body=hello") { $0.headOnly = true }
    request.method = "HEAD"
    return request
  },
  CurlOracleCase("-s without -S on a 101, --max-time") {
    switching($0, "body=hello") {
      $0.showError = false
      $0.maxTime = 1
    }
  },
]

@Suite(.serialized) struct CurlUpgradeTapTests {
  @Test(arguments: switchingProtocolsCases)
  func matchesCurl(_ oracleCase: CurlOracleCase) async throws {
    try await TransportOracleTests.expectSame(oracleCase)
  }

  /// Without `--max-time` curl 7.88 waits as long as the connection stays open (the runner's
  /// time limit ends it): the transfer has not returned after a second, and stops, as other
  /// endless transfers do, when its task is cancelled.
  @Test func withoutMaxTimeA101WaitsUntilCancelled() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let returned = Atomic(false)
    let request = ResolvedRequest(
      method: "GET", url: server.baseURL + "/switch?body=hello",
      options: {
        var options = ResolvedCurlOptions()
        options.silent = true
        options.showError = true
        return options
      }())
    let collected = Mutex<[UInt8]>([])
    let transfer = Task {
      let result = await transport.perform(request) { bytes in collected.withLock { $0 += bytes } }
      returned.store(true, ordering: .relaxed)
      return result
    }
    try await Task.sleep(for: .seconds(1))
    let stillRunning = !returned.load(ordering: .relaxed)
    #expect(stillRunning)
    #expect(collected.withLock { $0 } == Array("hello".utf8))
    transfer.cancel()
    let result = await transfer.value
    #expect(result.exitCode == 42)
    try await transport.shutdown()
    await server.stop()
  }
}
