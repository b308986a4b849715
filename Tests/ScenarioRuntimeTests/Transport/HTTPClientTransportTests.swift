import Foundation
import Synchronization
import Testing

@testable import ScenarioRuntime

/// Behaviour no single curl run shows: streaming, connection reuse, concurrency, cancellation,
/// and the known differences from curl.
@Suite struct HTTPClientTransportTests {
  private func silent(_ url: String, _ change: (inout ResolvedCurlOptions) -> Void = { _ in })
    -> ResolvedRequest
  {
    var options = ResolvedCurlOptions()
    options.silent = true
    change(&options)
    return ResolvedRequest(method: "GET", url: url, options: options)
  }

  @Test func serverSentEventsArriveInOrder() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let output = Mutex<[UInt8]>([])
    let result = await transport.perform(silent(server.baseURL + "/sse") { $0.noBuffer = true }) {
      bytes in output.withLock { $0 += bytes }
    }
    try await transport.shutdown()
    await server.stop()
    #expect(result == TransferResult(exitCode: 0))
    let text = String(decoding: output.withLock { $0 }, as: UTF8.self)
    #expect(text == (1...4).map { "data: {\"n\":\($0)}\n\n" }.joined())
  }

  /// The server sends its second event only after the first reached standard output: a
  /// transport that held the body back would time out.
  @Test func passesEachEventOnBeforeTheNextArrives() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let output = Mutex<[UInt8]>([])
    let request = silent(server.baseURL + "/gated?id=stream") {
      $0.noBuffer = true
      $0.maxTime = 20
      $0.showError = true
    }
    let result = await transport.perform(request) { bytes in
      let text = output.withLock {
        $0 += bytes
        return String(decoding: $0, as: UTF8.self)
      }
      if text.contains("data: first") { server.open(gate: "stream") }
    }
    try await transport.shutdown()
    await server.stop()
    #expect(result == TransferResult(exitCode: 0))
    #expect(
      String(decoding: output.withLock { $0 }, as: UTF8.self) == "data: first\n\ndata: second\n\n")
  }

  @Test func slowConsumerGetsEveryByteInOrder() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let size = 6 << 20
    let output = Mutex<[UInt8]>([])
    let result = await transport.perform(
      silent(server.baseURL + "/big?bytes=\(size)") { $0.writeOut = "%{size_download}" }
    ) { bytes in
      // A pipe that drains slowly: AsyncHTTPClient must wait rather than buffer without end.
      try? await Task.sleep(for: .microseconds(200))
      output.withLock { $0 += bytes }
    }
    try await transport.shutdown()
    await server.stop()
    #expect(result.exitCode == 0)
    let bytes = output.withLock { $0 }
    let expected = (0..<size).map { UInt8(ascii: "a") + UInt8($0 % 26) } + Array("\(size)".utf8)
    #expect(bytes.count == expected.count)
    #expect(bytes == expected)
  }

  @Test func reusesOneConnection() async throws {
    let server = try await TestHTTPServer.start()
    // A long idle timeout: on a busy machine the default 1 s may pass between two requests.
    let transport = HTTPClientTransport(idleTimeout: .seconds(60))
    for _ in 0..<3 {
      let result = await transport.perform(silent(server.baseURL + "/json")) { _ in }
      #expect(result.exitCode == 0)
    }
    try await transport.shutdown()
    #expect(server.connections == 1)
    await server.stop()
  }

  @Test func runsTransfersConcurrently() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let outputs = await withTaskGroup(of: (Int32, String).self) { group in
      for index in 0..<16 {
        group.addTask {
          let output = Mutex<[UInt8]>([])
          let result = await transport.perform(
            silent(server.baseURL + "/echo?n=\(index)") { $0.writeOut = "|%{http_code}" }
          ) { bytes in output.withLock { $0 += bytes } }
          return (result.exitCode, String(decoding: output.withLock { $0 }, as: UTF8.self))
        }
      }
      var all: [(Int32, String)] = []
      for await output in group { all.append(output) }
      return all
    }
    try await transport.shutdown()
    await server.stop()
    #expect(outputs.count == 16)
    for (code, text) in outputs {
      #expect(code == 0)
      #expect(text.hasSuffix("|200"))
    }
  }

  @Test func cancellationAbortsTheTransfer() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let request = silent(server.baseURL + "/slow?ms=5000") { $0.showError = true }
    let task = Task { await transport.perform(request) { _ in } }
    try await Task.sleep(for: .milliseconds(200))
    let start = ContinuousClock.now
    task.cancel()
    let result = await task.value
    // The server answers after 5 s: ending well before that means the transfer was aborted,
    // even on a busy machine.
    #expect(ContinuousClock.now - start < .milliseconds(4500))
    #expect(result.exitCode == 42)
    #expect(
      String(decoding: result.stderr, as: UTF8.self)
        == "curl: (42) Operation was aborted by an application callback\n")
    try await transport.shutdown()
    await server.stop()
  }

  @Test func emptyBodyStillCreatesTheOutputFile() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "curl-empty-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = await transport.perform(
      silent(server.baseURL + "/json") {
        $0.headOnly = false
        $0.output = path
      }
    ) { _ in }
    #expect(result.exitCode == 0)
    #expect(
      FileManager.default.contents(atPath: path).map { Array($0) }
        == Array(TestHTTPServer.json.utf8))
    try await transport.shutdown()
    await server.stop()
  }

  /// Known difference: AsyncHTTPClient sends `Content-Length: 0` on a body-less POST (`-X POST`
  /// without data), where curl sends no `Content-Length`.
  @Test func bodylessPostCarriesContentLengthZero() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let output = Mutex<[UInt8]>([])
    var request = silent(server.baseURL + "/echo")
    request.method = "POST"
    request.explicitMethod = true
    _ = await transport.perform(request) { bytes in output.withLock { $0 += bytes } }
    try await transport.shutdown()
    await server.stop()
    let echo = String(decoding: output.withLock { $0 }, as: UTF8.self)
    #expect(echo.contains("\"contentLength\":\"0\""))
  }

  @Test func writeOutJSON() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let output = Mutex<[UInt8]>([])
    _ = await transport.perform(
      silent(server.baseURL + "/json") {
        $0.output = "/dev/null"
        $0.writeOut = "%{json}"
      }
    ) { bytes in output.withLock { $0 += bytes } }
    try await transport.shutdown()
    await server.stop()
    let data = Data(output.withLock { $0 })
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["http_code"] as? Int == 200)
    #expect(object["content_type"] as? String == "application/json")
    #expect(object["url_effective"] as? String == server.baseURL + "/json")
    #expect(object["filename_effective"] as? String == "/dev/null")
    #expect(object["errormsg"] is NSNull)
  }
}
