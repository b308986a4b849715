import HTTPTypes
import Hummingbird
import ServerKit

extension HTTPField.Name {
  static let requestID = HTTPField.Name("X-Request-ID")!
  static let userPath = HTTPField.Name("X-GoModel-User-Path")!
  static let cache = HTTPField.Name("X-Cache")!
  static let retryAfter = HTTPField.Name("Retry-After")!
  static let provider = HTTPField.Name("X-GoModel-Provider")!
}

extension Response {
  /// A JSON response.
  static func json(_ value: JSON, status: HTTPResponse.Status = .ok) -> Response {
    text(value.serialized, status: status, contentType: "application/json")
  }

  static func text(_ text: String, status: HTTPResponse.Status = .ok, contentType: String)
    -> Response
  {
    Response(
      status: status, headers: [.contentType: contentType],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// A `text/event-stream` response written event by event; `truncated` stops before the
  /// events marked `final` (usage chunk, `[DONE]`), the way a cut upstream stream ends.
  /// The first event is sent after `latency`, the provider's time to first token, and each
  /// later one a sixteenth of it after the previous (so a client that left is noticed: writes
  /// to its closed connection fail).
  static func eventStream(
    _ events: [SSEEvent], truncated: Bool, latency: Duration = .zero,
    timeline: SimulatorTimeline = SimulatorTimeline()
  ) -> Response {
    let sent = truncated ? events.filter { !$0.final } : events
    return Response(
      status: .ok,
      headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
      body: ResponseBody { writer in
        if latency > .zero { try await timeline.sleep(for: latency) }
        for (index, event) in sent.enumerated() {
          if index > 0, latency > .zero { try await timeline.sleep(for: latency / 16) }
          try await writer.write(ByteBuffer(string: event.text))
        }
        try await writer.finish(nil)
      })
  }
}

extension Request {
  func header(_ name: HTTPField.Name) -> String? { headers[name] }

  func query(_ name: String) -> String? {
    uri.queryParameters[Substring(name)].map { String($0).removingPercentEncoding() }
  }

  func queryInt(_ name: String) -> Int? { query(name).flatMap { Int($0) } }

  /// The body parsed as JSON; a gateway error when it is not JSON.
  mutating func jsonBody() async throws -> JSON {
    let buffer = try await collectBody(upTo: 64 << 20)
    let bytes = Array(buffer.readableBytesView)
    guard let json = JSON.parse(bytes) else {
      throw GatewayError.invalidRequest("request body is not valid JSON", code: "invalid_json")
    }
    return json
  }

  mutating func bodyBytes() async throws -> [UInt8] {
    Array(try await collectBody(upTo: 64 << 20).readableBytesView)
  }
}

extension String {
  /// `%XX` escapes and `+` decoded, as in a query string.
  func removingPercentEncoding() -> String {
    var bytes: [UInt8] = []
    var iterator = Array(utf8).makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
      } else if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
