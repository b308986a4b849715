import ServerKit

/// What every route derives its answer from: providers, answers, token counts, digests.
extension FidelityResponder {
  static func modelFailure(_ model: String) -> FidelityResponse? {
    guard model.contains("does-not-exist") || model.contains("not-a-real") else { return nil }
    return .error(
      400, type: "invalid_request_error", message: "unsupported model: \(model)",
      code: "model_not_found")
  }

  static func provider(of model: String) -> String {
    if let slash = model.firstIndex(of: "/") { return String(model[..<slash]) }
    let lower = model.lowercased()
    let table: [(String, String)] = [
      ("claude", "anthropic"), ("qa-sonnet", "anthropic"), ("gemini", "gemini"), ("llama", "groq"),
      ("mixtral", "groq"), ("grok", "xai"), ("qwen", "bailian"),
    ]
    return table.first { lower.hasPrefix($0.0) }?.1 ?? "openai"
  }

  /// The first `QA_…` word of the request body; `7` for a question about a digit; else `OK`.
  static func answer(in request: FidelityRequest) -> String {
    let strings = request.json?.allStrings ?? [String(decoding: request.body, as: UTF8.self)]
    for text in strings {
      var scalars = text.unicodeScalars[...]
      while let range = scalars.firstRange(of: "QA_".unicodeScalars) {
        let word = scalars[range.lowerBound...].prefix {
          $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
        }
        if word.count > 3 { return String(String.UnicodeScalarView(word)) }
        scalars = scalars[range.upperBound...]
      }
    }
    return strings.contains { $0.contains("digit") } ? "7" : "OK"
  }

  /// Two pieces (so streams carry several deltas), unless the text is a single character.
  static func split(_ text: String) -> [String] {
    guard text.count > 1 else { return [text] }
    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
    return [String(text[..<middle]), String(text[middle...])]
  }

  static func tokens(in request: FidelityRequest) -> Int {
    let words = (request.json?.allStrings ?? []).reduce(0) { $0 + $1.split(separator: " ").count }
    return words + 3
  }

  static func usage(_ request: FidelityRequest, answer: String) -> JSON {
    let prompt = tokens(in: request)
    let completion = answer.count / 4 + 1
    return [
      "prompt_tokens": .int(prompt), "completion_tokens": .int(completion),
      "total_tokens": .int(prompt + completion),
    ]
  }

  /// Twelve hex digits identifying the request's method, path and body.
  static func digest(_ request: FidelityRequest) -> String {
    let hex = String(
      fnv(request.method + " " + request.path + "\n" + canonicalBody(request)), radix: 16)
    return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
  }

  /// The body, or for multipart (whose boundary the client chose at random) its parts.
  static func canonicalBody(_ request: FidelityRequest) -> String {
    let form = request.form
    guard !form.isEmpty else { return String(decoding: request.body, as: UTF8.self) }
    return form.map { part in
      "\(part.name ?? "")=\(part.filename ?? "");\(part.contentType ?? ""):"
        + part.text
    }.joined(separator: "\n")
  }

  static func fnv(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
