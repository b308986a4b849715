import FidelityServer
import Foundation
import Glibc
import ServerKit
import Testing

/// What a client reads off the socket: the responder's answer framed as before the server moved
/// to Hummingbird (status line, headers in order, `Date`, `Content-Length` or chunking, and who
/// closes the connection).
extension FidelityServerTests {
  /// The bytes the server sends for `request` (raw HTTP over a loopback socket), and whether it
  /// closed the connection within `wait` seconds. The socket calls block, so they run on a
  /// thread of their own, not on the cooperative pool the server's handlers need.
  static func exchange(_ request: String, port: Int, wait: Double = 1) async throws -> (
    response: String, closed: Bool
  ) {
    try await withCheckedThrowingContinuation { continuation in
      Thread {
        continuation.resume(
          with: Result { try blockingExchange(request, port: port, wait: wait) })
      }.start()
    }
  }

  static func blockingExchange(_ request: String, port: Int, wait: Double) throws -> (
    response: String, closed: Bool
  ) {
    struct SocketError: Error { var call: String }
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw SocketError(call: "socket") }
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw SocketError(call: "connect") }
    var unsent = Array(request.utf8)[...]
    while !unsent.isEmpty {
      let sent = unsent.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
      guard sent > 0 else { throw SocketError(call: "send") }
      unsent = unsent.dropFirst(sent)
    }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let deadline = Date().addingTimeInterval(wait)
    while true {
      let remaining = Int32(deadline.timeIntervalSinceNow * 1000)
      guard remaining > 0 else { return (String(decoding: received, as: UTF8.self), false) }
      var ready = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
      guard poll(&ready, 1, remaining) > 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { return (String(decoding: received, as: UTF8.self), true) }
      received += buffer[..<count]
    }
  }

  /// The header block the server must send for `request`: the responder's lines, then `Date`.
  static func expectedHead(
    _ request: FidelityRequest, statusLine: String, then extra: [String] = []
  ) -> String {
    let response = FidelityResponder.respond(to: request)
    let lines = response.headers.map { "\($0.name): \($0.value)" } + ["Date: <DATE>"] + extra
    return ([statusLine] + lines).joined(separator: "\r\n") + "\r\n\r\n"
  }

  /// The value of every `Date:` line (an IMF-fixdate) as `<DATE>`.
  static func maskingDate(_ text: String) -> String {
    text.replacing(/Date: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/) { _ in
      "Date: <DATE>"
    }
  }

  @Test
  func keepsTheConnectionAndDeclaresTheLength() async throws {
    let server = try await FidelityServer.start()
    let request = "GET /health HTTP/1.1\r\nHost: fidelity\r\nAccept: */*\r\n\r\n"
    let (raw, closed) = try await Self.exchange(request + request, port: server.port)
    await server.shutdown()
    let expected = FidelityRequest(
      method: "GET", target: "/health", headers: [("Host", "fidelity"), ("Accept", "*/*")])
    let one =
      Self.expectedHead(expected, statusLine: "HTTP/1.1 200 OK", then: ["Content-Length: 16"])
      + "{\"status\":\"ok\"}\n"
    #expect(Self.maskingDate(raw) == one + one)
    #expect(!closed, "a keep-alive connection stays open")
  }

  @Test
  func streamsChunkByChunkAndClosesAFinishedFeed() async throws {
    let server = try await FidelityServer.start()
    let request = "GET /admin/api/v1/live?types=audit HTTP/1.1\r\nHost: h\r\n\r\n"
    let (raw, closed) = try await Self.exchange(request + request, port: server.port, wait: 5)
    await server.shutdown()
    let expected = FidelityRequest(
      method: "GET", target: "/admin/api/v1/live?types=audit", headers: [("Host", "h")])
    guard case .chunks(let chunks) = FidelityResponder.respond(to: expected).body else {
      Issue.record("the live feed is a stream")
      return
    }
    let body =
      chunks.map { String($0.count, radix: 16) + "\r\n" + String(decoding: $0, as: UTF8.self) }
      .joined(separator: "\r\n") + "\r\n0\r\n\r\n"
    let head = Self.expectedHead(
      expected, statusLine: "HTTP/1.1 200 OK",
      then: ["Connection: close", "transfer-encoding: chunked"])
    #expect(Self.maskingDate(raw) == head + body, "one response, then the server closes")
    #expect(closed)
  }

  @Test
  func chunksALongBodyAndClosesWhenAsked() async throws {
    let server = try await FidelityServer.start()
    let request = "GET /v1/models HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
    let (raw, closed) = try await Self.exchange(request + request, port: server.port, wait: 5)
    await server.shutdown()
    let expected = FidelityRequest(
      method: "GET", target: "/v1/models", headers: [("Host", "h"), ("Connection", "close")])
    let bytes = Self.bytes(FidelityResponder.respond(to: expected))
    #expect(bytes.count > 2048)
    let body =
      "800\r\n" + String(decoding: bytes.prefix(2048), as: UTF8.self) + "\r\n"
      + String(bytes.count - 2048, radix: 16) + "\r\n"
      + String(decoding: bytes.dropFirst(2048), as: UTF8.self) + "\r\n0\r\n\r\n"
    let head = Self.expectedHead(
      expected, statusLine: "HTTP/1.1 200 OK",
      then: ["Connection: close", "transfer-encoding: chunked"])
    #expect(Self.maskingDate(raw) == head + body)
    #expect(closed)
  }

  @Test
  func noContentHasNoLengthAndHeadHasNoBody() async throws {
    let server = try await FidelityServer.start()
    let delete = "DELETE /admin/aliases/qa HTTP/1.1\r\nHost: h\r\n\r\n"
    let head = "HEAD /health HTTP/1.1\r\nHost: h\r\n\r\n"
    let (raw, closed) = try await Self.exchange(delete + head, port: server.port)
    await server.shutdown()
    let deleted = Self.expectedHead(
      FidelityRequest(method: "DELETE", target: "/admin/aliases/qa", headers: [("Host", "h")]),
      statusLine: "HTTP/1.1 204 No Content")
    let headed = Self.expectedHead(
      FidelityRequest(method: "HEAD", target: "/health", headers: [("Host", "h")]),
      statusLine: "HTTP/1.1 200 OK", then: ["Content-Length: 16"])
    #expect(Self.maskingDate(raw) == deleted + headed)
    #expect(!closed)
  }

  @Test
  func switchesProtocolsAndStaysSilent() async throws {
    let server = try await FidelityServer.start()
    let lines = [
      ("Host", "h"), ("Connection", "Upgrade"), ("Upgrade", "websocket"),
      ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="),
    ]
    let request =
      "GET /v1/realtime HTTP/1.1\r\n" + lines.map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n"
    let (raw, closed) = try await Self.exchange(request, port: server.port)
    await server.shutdown()
    let expected = Self.expectedHead(
      FidelityRequest(method: "GET", target: "/v1/realtime", headers: lines),
      statusLine: "HTTP/1.1 101 Switching Protocols")
    #expect(Self.maskingDate(raw) == expected)
    #expect(expected.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"))
    #expect(!closed)
  }

  @Test
  func seesTheHostAndCookieLinesAsSent() async throws {
    let server = try await FidelityServer.start()
    let body = #"{"model":"gpt-4.1-nano","messages":[{"role":"user","content":"QA_WIRE_OK"}]}"#
    let lines = [
      ("Host", "127.0.0.1"), ("Cookie", "a=1; b=2"), ("X-Request-ID", "qa-7"),
      ("Content-Type", "application/json"), ("Content-Length", String(body.utf8.count)),
    ]
    let request =
      "POST /v1/chat/completions?x=a+b%20c HTTP/1.1\r\n"
      + lines.map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n" + body
    let (raw, _) = try await Self.exchange(request, port: server.port)
    await server.shutdown()
    let expected = FidelityRequest(
      method: "POST", target: "/v1/chat/completions?x=a+b%20c", headers: lines,
      body: Array(body.utf8))
    let answer = Self.bytes(FidelityResponder.respond(to: expected))
    let head = Self.expectedHead(
      expected, statusLine: "HTTP/1.1 200 OK", then: ["Content-Length: \(answer.count)"])
    #expect(head.contains("X-Seen-Headers: content-length,content-type,cookie,host,x-request-id"))
    #expect(Self.maskingDate(raw) == head + String(decoding: answer, as: UTF8.self))
  }

  @Test func multipartFieldsTypesAndMalformedBodies() {
    let boundary = "b-42"
    let body =
      "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.wav\"\r\n"
      + "Content-Type: audio/wav\r\n\r\nRIFF\r\n--\(boundary)\r\n"
      + "Content-Disposition: form-data; name=response_format\r\n\r\ntext\r\n--\(boundary)--\r\n"
    func request(_ type: String, _ body: String) -> FidelityRequest {
      FidelityRequest(
        method: "POST", target: "/v1/audio/transcriptions", headers: [("Content-Type", type)],
        body: Array(body.utf8))
    }
    let parts = request("multipart/form-data; boundary=\"\(boundary)\"", body).form
    #expect(parts.map(\.name) == ["file", "response_format"])
    #expect(parts.first?.filename == "x.wav")
    #expect(parts.first?.contentType == "audio/wav")
    #expect(parts.map(\.text) == ["RIFF", "text"])
    #expect(parts.last?.filename == nil)
    // Not multipart, no boundary, or cut short: no parts.
    #expect(request("application/json", body).form.isEmpty)
    #expect(request("multipart/form-data", body).form.isEmpty)
    #expect(request("multipart/form-data; boundary=\(boundary)", "--\(boundary)\r\nC").form.isEmpty)
    let answer = FidelityResponder.respond(
      to: request("multipart/form-data; boundary=\(boundary)", body))
    #expect(String(decoding: Self.bytes(answer), as: UTF8.self) == "transcribed 4 bytes\n")
  }
}
