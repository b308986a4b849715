/// Provider passthrough and connection upgrades.
extension FidelityResponder {
  static let providers: Set<String> = ["openai", "anthropic", "gemini", "groq", "xai", "bailian"]

  static func passthrough(_ request: FidelityRequest, parts: [String]) -> FidelityResponse {
    let provider = parts[1]
    guard providers.contains(provider) else {
      return .error(
        400, type: "invalid_request_error", message: "unsupported provider: \(provider)")
    }
    let rest = parts.dropFirst(2).drop { $0 == "v1" }
    switch rest.first ?? "" {
    case "chat", "completions": return chat(request, provider: provider)
    case "responses": return responses(request)
    case "messages": return messages(request, forced: provider)
    case "embeddings": return embeddings(request)
    default: return generic(request, method: request.method.uppercased())
    }
  }

  /// A `101 Switching Protocols` for any websocket handshake on a known provider; the connection
  /// then stays open and silent until the client ends it (curl, which reads a 1xx answer as
  /// informational, waits for its `--max-time` and exits 28, as against a real gateway).
  static func upgrade(_ request: FidelityRequest) -> FidelityResponse {
    let provider =
      request.queryValue("provider") ?? request.path.split(separator: "/").dropFirst().first.map(
        String.init) ?? ""
    if request.path.hasPrefix("/p/"), !providers.contains(provider) {
      return .error(
        400, type: "invalid_request_error", message: "unsupported provider: \(provider)")
    }
    let key = request.header("Sec-WebSocket-Key") ?? ""
    // RFC 6455's example key and its accept value; other keys get a stable stand-in.
    let accept =
      key == "dGhlIHNhbXBsZSBub25jZQ=="
      ? "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" : String(fnv(key), radix: 36) + "="
    return FidelityResponse(
      status: 101,
      headers: [
        ("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Accept", accept),
      ])
  }
}
