/// The text a model call sees: system instructions and the conversation's other turns.
struct Prompt: Sendable {
  var system: [String] = []
  var turns: [String] = []
  var imageCount = 0

  /// Chat-style `messages`: `content` is a string or an array of parts.
  init(messages: [JSON]) {
    for message in messages {
      let role = message["role"]?.string ?? "user"
      let (texts, images) = Prompt.texts(in: message["content"] ?? nil)
      imageCount += images
      if role == "system" || role == "developer" {
        system += texts
      } else {
        turns += texts
      }
    }
  }

  /// Responses-style `input` (a string or a list of messages) with optional `instructions`.
  init(input: JSON, instructions: String?) {
    if let instructions { system.append(instructions) }
    if let text = input.string {
      turns.append(text)
    } else {
      let other = Prompt(messages: input.array ?? [])
      system += other.system
      turns += other.turns
      imageCount = other.imageCount
    }
  }

  init(system: [String], turns: [String]) {
    self.system = system
    self.turns = turns
  }

  static func texts(in content: JSON?) -> ([String], Int) {
    guard let content else { return ([], 0) }
    if let text = content.string { return ([text], 0) }
    var texts: [String] = []
    var images = 0
    for part in content.array ?? [] {
      if let text = part["text"]?.string {
        texts.append(text)
      } else if let type = part["type"]?.string, type.contains("image") {
        images += 1
      }
    }
    return (texts, images)
  }

  /// The guardrail's system prompt replaces the caller's system messages.
  func guarded(by prompt: String?) -> Prompt {
    guard let prompt else { return self }
    var copy = self
    copy.system = [prompt]
    return copy
  }

  var inputTokens: Int {
    (system + turns).reduce(0) { $0 + FakeModel.tokens($1) + 4 } + imageCount * 85 + 3
  }
}

/// A deterministic model: it follows "Reply with exactly X" (system instructions first, then the
/// newest turn) and otherwise acknowledges.
enum FakeModel {
  static func answer(to prompt: Prompt) -> String {
    for text in prompt.system + prompt.turns.reversed() {
      if let reply = instructedReply(in: text) { return reply }
    }
    return "OK"
  }

  /// `X` of "reply with exactly X" / "reply exactly: X", case-insensitively.
  static func instructedReply(in text: String) -> String? {
    let lower = text.lowercased()
    for phrase in [
      "reply with exactly", "reply exactly", "respond with exactly", "answer with exactly",
    ] {
      guard let range = lower.range(of: phrase) else { continue }
      let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
      var rest = Substring(text.dropFirst(offset))
      while let first = rest.first, first == ":" || first.isWhitespace { rest = rest.dropFirst() }
      let line = rest.prefix { $0 != "\n" }.trimmingCharacters()
      let reply = line.hasSuffix(".") ? String(line.dropLast()) : line
      if !reply.isEmpty { return reply }
    }
    return nil
  }

  /// Roughly four bytes a token, at least one.
  static func tokens(_ text: String) -> Int { max(1, (text.utf8.count + 3) / 4) }

  /// Token usage of one answer; reasoning models think a little when asked to (or always, for
  /// providers whose models always reason).
  static func usage(prompt: Prompt, answer: String, model: CatalogModel, reasoningRequested: Bool)
    -> TokenUsage
  {
    let reasoning =
      model.reasoning
        && (reasoningRequested || model.provider == "xai" || model.id.hasPrefix("gpt-5"))
      ? 16 : 0
    return TokenUsage(input: prompt.inputTokens, output: tokens(answer), reasoning: reasoning)
  }

  /// Pieces of an answer for streaming.
  static func chunks(_ answer: String) -> [String] {
    guard answer.count > 4 else { return [answer] }
    let middle = answer.index(answer.startIndex, offsetBy: answer.count / 2)
    return [String(answer[..<middle]), String(answer[middle...])]
  }

  /// A deterministic unit-free vector for a text.
  static func embedding(_ text: String, dimensions: Int) -> [JSON] {
    var state: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return (0..<dimensions).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value = Double(Int64(bitPattern: state >> 11) % 2_000_000) / 100_000_000
      return .number(value)
    }
  }
}

extension Substring {
  func trimmingCharacters() -> String { String(self).trimmingSpaces }
}
