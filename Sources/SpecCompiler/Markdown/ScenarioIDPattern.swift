/// The shape of scenario ids: a prefix followed by one or more ASCII digits (`S1`, `S07`,
/// `S100`). Ids are compared as written: `S7` and `S07` are different ids.
public struct ScenarioIDPattern: Sendable, Equatable {
  public var prefix: String

  /// The most digits an id may have: ids become file names (`S61.yaml`) and Swift names
  /// (`yamlS61`), and the Swift step accepts `S` and up to 11 digits.
  public static let maximumDigits = 11

  public init(prefix: String = "S") {
    self.prefix = prefix
  }

  /// What a level-3 heading's text says about being a scenario heading.
  enum HeadingMatch: Equatable {
    /// Does not start with the prefix and a digit.
    case notScenario
    /// `S12 Title`: `title` is the rest, trimmed, inline markup kept.
    case scenario(id: String, title: String)
    /// `S12` alone.
    case missingTitle(id: String)
    /// `S1a Title`, `S3: Title`: the token that should have been an id.
    case invalidID(token: String)
  }

  func matchHeading(_ text: String) -> HeadingMatch {
    let bytes = Array(text.utf8)
    guard let idEnd = idLength(bytes, at: 0) else { return .notScenario }
    if idEnd == bytes.count {
      return .missingTitle(id: text)
    }
    guard isWhitespace(bytes[idEnd]) else {
      var end = idEnd
      while end < bytes.count && !isWhitespace(bytes[end]) { end += 1 }
      return .invalidID(token: String(decoding: bytes[0..<end], as: UTF8.self))
    }
    var titleStart = idEnd
    while titleStart < bytes.count && isWhitespace(bytes[titleStart]) { titleStart += 1 }
    var titleEnd = bytes.count
    while titleEnd > titleStart && isWhitespace(bytes[titleEnd - 1]) { titleEnd -= 1 }
    guard titleStart < titleEnd else {
      return .missingTitle(id: String(decoding: bytes[0..<idEnd], as: UTF8.self))
    }
    return .scenario(
      id: String(decoding: bytes[0..<idEnd], as: UTF8.self),
      title: String(decoding: bytes[titleStart..<titleEnd], as: UTF8.self))
  }

  /// The offset just past `prefix` and its digits when `bytes[offset...]` starts with them.
  /// What follows is not checked.
  func idLength(_ bytes: [UInt8], at offset: Int) -> Int? {
    let prefixBytes = prefix.utf8
    guard offset + prefixBytes.count < bytes.count,
      bytes[offset..<(offset + prefixBytes.count)].elementsEqual(prefixBytes)
    else { return nil }
    var end = offset + prefixBytes.count
    while end < bytes.count && bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9") {
      end += 1
    }
    return end > offset + prefixBytes.count ? end : nil
  }

  private func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }
}
