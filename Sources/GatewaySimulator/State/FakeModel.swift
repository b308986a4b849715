import ServerKit

/// The text a model call sees: system instructions and the conversation's other turns.
struct Prompt: Sendable {
  var system: [String] = []
  var turns: [String] = []
  /// What the model sees in each image: the text a placeholder image draws (see
  /// ``Prompt/seenText(inImageAt:)``), or "" when it shows none.
  var images: [String] = []
  var imageCount: Int { images.count }

  /// Chat-style `messages`: `content` is a string or an array of parts.
  init(messages: [JSON]) {
    for message in messages {
      let role = message["role"]?.string ?? "user"
      let (texts, images) = Prompt.texts(in: message["content"] ?? nil)
      self.images += images
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
      images = other.images
    }
  }

  init(system: [String], turns: [String]) {
    self.system = system
    self.turns = turns
  }

  /// The texts and images of a message's content: a string, or parts (`text`/`input_text`,
  /// `image_url` with `{url}` or a URL, `input_image` with `image_url`, Anthropic `image` with a
  /// `source.url`).
  static func texts(in content: JSON?) -> ([String], [String]) {
    guard let content else { return ([], []) }
    if let text = content.string { return ([text], []) }
    var texts: [String] = []
    var images: [String] = []
    for part in content.array ?? [] {
      if let text = part["text"]?.string {
        texts.append(text)
      } else if let type = part["type"]?.string, type.contains("image") {
        let url =
          part["image_url"]?.string ?? part["image_url"]?["url"]?.string
          ?? part["source"]?["url"]?.string ?? part["url"]?.string ?? ""
        images.append(seenText(inImageAt: url))
      }
    }
    return (texts, images)
  }

  /// The text an image shows, as far as the fake model can tell: placeholder-image services
  /// draw their `text` parameter (`…/64x64/000/fff.png&text=7` or `?text=…`).
  static func seenText(inImageAt url: String) -> String {
    for separator in ["?text=", "&text="] {
      guard let range = url.range(of: separator) else { continue }
      let value = url[range.upperBound...].prefix { $0 != "&" && $0 != "#" }
      return String(value).removingPercentEncoding()
    }
    return ""
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
    if let question = prompt.turns.last {
      if let recalled = recall(question, from: prompt.turns.dropLast()) { return recalled }
      let seen = prompt.images.filter { !$0.isEmpty }
      if !seen.isEmpty, question.lowercased().contains("image") {
        return seen.joined(separator: " ")
      }
    }
    return "OK"
  }

  /// A fact the conversation stated earlier: when the newest turn asks for "the X" ("reply with
  /// only the code word", "what is the code word?"), the value of the latest earlier "the X is
  /// V".
  static func recall(_ question: String, from earlier: ArraySlice<String>) -> String? {
    let lower = question.lowercased()
    var subject: String?
    for phrase in ["reply with only the ", "reply with the ", "what is the ", "what was the "] {
      guard let range = lower.range(of: phrase) else { continue }
      let rest = lower[range.upperBound...].prefix { !".?!,\n".contains($0) }
      subject = rest.trimmingCharacters()
      break
    }
    guard let subject, !subject.isEmpty else { return nil }
    for turn in earlier.reversed() {
      guard let range = turn.lowercased().range(of: subject + " is ") else { continue }
      let offset = turn.lowercased().distance(
        from: turn.lowercased().startIndex, to: range.upperBound)
      let value = turn.dropFirst(offset).prefix { !$0.isWhitespace }
      let trimmed = value.trimmingCharacters(in: ".,;:!?\"'")
      if !trimmed.isEmpty { return trimmed }
    }
    return nil
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

  /// Without leading and trailing characters of `set`.
  func trimmingCharacters(in set: String) -> String {
    var text = self
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
