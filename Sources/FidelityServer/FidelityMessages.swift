import ServerKit

/// One HTTP request as the server received it.
public struct FidelityRequest: Sendable {
  public var method: String
  /// The request target: path and query, as sent.
  public var target: String
  /// Header lines in the order received, names as sent.
  public var headers: [(name: String, value: String)]
  public var body: [UInt8]

  public init(
    method: String, target: String, headers: [(name: String, value: String)] = [],
    body: [UInt8] = []
  ) {
    self.method = method
    self.target = target
    self.headers = headers
    self.body = body
  }

  /// The path, percent-decoded, without the query.
  public var path: String {
    let raw = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
    return Self.percentDecode(String(raw), plusIsSpace: false)
  }

  /// The query's `name=value` pairs, percent-decoded, in order.
  public var query: [(name: String, value: String)] {
    let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return [] }
    return parts[1].split(separator: "&").map { pair in
      let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      return (
        Self.percentDecode(String(halves[0]), plusIsSpace: true),
        halves.count > 1 ? Self.percentDecode(String(halves[1]), plusIsSpace: true) : ""
      )
    }
  }

  public func queryValue(_ name: String) -> String? {
    query.first { $0.name == name }?.value
  }

  /// The first header of that name (case-insensitive).
  public func header(_ name: String) -> String? {
    let lower = name.lowercased()
    return headers.first { $0.name.lowercased() == lower }?.value
  }

  /// The body parsed as JSON (a key written twice kept twice), when it is JSON.
  public var json: JSON? { JSON.parse(body, duplicateKeys: .keepEach) }

  /// The parts of a `multipart/form-data` body; none for another body.
  public var form: [MultipartForm.Part] {
    MultipartForm.parts(body, contentType: header("Content-Type"))
  }

  static func percentDecode(_ text: String, plusIsSpace: Bool) -> String {
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2,
        let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        utf8 = utf8.dropFirst(2)
      } else if plusIsSpace, byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// What the server answers: a status, headers in order, and either one body or a stream of
/// chunks (sent chunked, each flushed on its own).
public struct FidelityResponse: Sendable {
  public enum Body: Sendable {
    case bytes([UInt8])
    case chunks([[UInt8]])
  }

  public var status: Int
  public var headers: [(name: String, value: String)]
  public var body: Body
  /// Close the connection once the response is sent (a finished live feed).
  public var closeAfter: Bool

  public init(
    status: Int, headers: [(name: String, value: String)] = [], body: Body = .bytes([]),
    closeAfter: Bool = false
  ) {
    self.status = status
    self.headers = headers
    self.body = body
    self.closeAfter = closeAfter
  }

  public static func json(
    _ value: JSON, status: Int = 200, headers: [(name: String, value: String)] = []
  ) -> FidelityResponse {
    // Two `Vary` lines, as CORS middleware adds them: header dumps must keep repeated names.
    FidelityResponse(
      status: status,
      headers: [
        ("Content-Type", "application/json"), ("Vary", "Origin"), ("Vary", "Accept-Encoding"),
      ]
        + headers,
      body: .bytes(Array((value.serialized + "\n").utf8)))
  }

  public static func text(
    _ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8"
  ) -> FidelityResponse {
    FidelityResponse(
      status: status, headers: [("Content-Type", contentType)], body: .bytes(Array(text.utf8)))
  }

  /// An OpenAI-style error envelope.
  public static func error(
    _ status: Int, type: String, message: String, code: String? = nil,
    headers: [(name: String, value: String)] = []
  ) -> FidelityResponse {
    json(
      [
        "error": [
          "type": .string(type), "message": .string(message),
          "code": code.map(JSON.string) ?? .null,
        ]
      ], status: status, headers: headers)
  }

  /// `text/event-stream` of the given events, then `data: [DONE]`.
  public static func events(_ events: [(event: String?, data: JSON)], done: Bool = true)
    -> FidelityResponse
  {
    var chunks: [[UInt8]] = events.map { Array(SSEEvent.data($0.data, event: $0.event).text.utf8) }
    if done { chunks.append(Array(SSEEvent.done.text.utf8)) }
    return FidelityResponse(
      status: 200,
      headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")],
      body: .chunks(chunks))
  }
}
