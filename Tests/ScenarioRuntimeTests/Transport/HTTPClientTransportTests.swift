import Foundation
import NIOHTTP1
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
    #expect(result.exitCode == 0 && result.stderr.isEmpty)
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
    #expect(result.exitCode == 0 && result.stderr.isEmpty)
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

  /// Every curl command of a script is a process of its own: no connection outlives its
  /// invocation, so three commands open three connections.
  @Test func everyInvocationOpensItsOwnConnection() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport(idleTimeout: .seconds(60))
    for _ in 0..<3 {
      let result = await transport.perform(silent(server.baseURL + "/json")) { _ in }
      #expect(result.exitCode == 0)
    }
    try await transport.shutdown()
    #expect(server.connections == 3)
    await server.stop()
  }

  /// Within one invocation the connection is kept: `-L` follows a redirect on it, as curl does.
  @Test func aRedirectReusesTheInvocationsConnection() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport(idleTimeout: .seconds(60))
    let request = silent(server.baseURL + "/redirect?code=302") {
      $0.followRedirects = true
    }
    let output = Mutex<[UInt8]>([])
    let result = await transport.perform(request) { bytes in output.withLock { $0 += bytes } }
    #expect(result.exitCode == 0)
    #expect(String(decoding: output.withLock { $0 }, as: UTF8.self) == TestHTTPServer.json)
    #expect(server.connections == 1)
    try await transport.shutdown()
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

  /// `Content-Length` only with a body, where curl puts it.
  @Test func contentLengthOnlyWithABodyOnOneConnection() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    func received(_ method: String, _ body: [UInt8]?) async -> String {
      var request = silent(server.baseURL + "/received")
      request.method = method
      request.explicitMethod = true
      if let body { request.body = .data(body, form: true) }
      let output = Mutex<[UInt8]>([])
      let result = await transport.perform(request) { bytes in output.withLock { $0 += bytes } }
      #expect(result.exitCode == 0)
      let text = String(decoding: output.withLock { $0 }, as: UTF8.self)
      return text.split(separator: "\n").dropFirst(4).joined(separator: "|")
    }
    let post = await received("POST", nil)
    let put = await received("PUT", nil)
    let deleteEmpty = await received("DELETE", [])
    let getEmpty = await received("GET", [])
    let patch = await received("PATCH", Array("ab".utf8))
    let after = await received("POST", nil)
    try await transport.shutdown()
    await server.stop()
    let form = "Content-Type: application/x-www-form-urlencoded"
    #expect(post == "(0 body bytes)")
    #expect(put == "(0 body bytes)")
    #expect(deleteEmpty == "Content-Length: 0|\(form)|(0 body bytes)")
    #expect(getEmpty == "Content-Length: 0|\(form)|(0 body bytes)")
    #expect(patch == "Content-Length: 2|\(form)|(2 body bytes)")
    #expect(after == "(0 body bytes)")
  }

  /// New `-o`/`-D` files get the planned mode whatever the process umask is; existing files
  /// keep theirs.
  @Test func outputFilesAreCreatedWithTheRequestedMode() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "curl-mode-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var request = silent(server.baseURL + "/json")
    request.options.output = directory.appendingPathComponent("body").path
    request.options.dumpHeaders = directory.appendingPathComponent("headers").path
    request.options.fileMode = 0o600
    let result = await transport.perform(request) { _ in }
    try await transport.shutdown()
    await server.stop()
    #expect(result.exitCode == 0)
    for name in ["body", "headers"] {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: directory.appendingPathComponent(name).path)
      #expect(attributes[.posixPermissions] as? Int == 0o600, "\(name)")
    }
  }

  @Test func framingHandlerPutsThePlannedLengthInItsPlace() {
    var ahc = HTTPHeaders()
    ahc.add(name: "Host", value: "h")
    ahc.add(name: CurlFramingHandler.plannedLengthHeader, value: "3")
    ahc.add(name: "Content-Type", value: "text/plain")
    ahc.add(name: "Content-Length", value: "3")
    #expect(
      CurlFramingHandler.curlFraming(ahc).map { "\($0.name): \($0.value)" } == [
        "Host: h", "Content-Length: 3", "Content-Type: text/plain",
      ])
    var bodiless = HTTPHeaders()
    bodiless.add(name: "Host", value: "h")
    bodiless.add(name: "Content-Length", value: "0")
    #expect(CurlFramingHandler.curlFraming(bodiless).map(\.name) == ["Host"])
    // Never a length other than 0 taken away without a planned one: the body framing holds.
    var unplanned = HTTPHeaders()
    unplanned.add(name: "Content-Length", value: "5")
    #expect(CurlFramingHandler.curlFraming(unplanned)["Content-Length"] == ["5"])
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
