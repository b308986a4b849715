/// One server-sent event, already framed (`event: NAME`, `data: JSON`, a blank line).
public struct SSEEvent: Sendable {
  public var text: String
  /// Sent last, and left out when a stream is cut short (a usage chunk, `[DONE]`).
  public var final = false

  public init(text: String, final: Bool = false) {
    self.text = text
    self.final = final
  }

  public static func data(_ json: JSON, event: String? = nil, final: Bool = false) -> SSEEvent {
    let prefix = event.map { "event: \($0)\n" } ?? ""
    return SSEEvent(text: prefix + "data: " + json.serialized + "\n\n", final: final)
  }

  /// OpenAI's end of stream.
  public static let done = SSEEvent(text: "data: [DONE]\n\n", final: true)
}
