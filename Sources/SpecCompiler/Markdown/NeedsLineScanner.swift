/// Reads the scenario ids of a prose line that declares dependencies: `Needs: S35, S64`,
/// `Needs S35 and S64`, `Depends on: `S13``. The keyword starts the line (after optional
/// emphasis markers) and is matched case-insensitively; ids may be in backticks or emphasis and
/// are separated by commas, semicolons, `&` or `and`. The list ends at the first other text, so
/// `Needs: S13 (creates the alias).` names S13. A line that names no id is not a needs line.
struct NeedsLineScanner {
  struct Result: Equatable {
    /// Ids with their byte offsets in the line.
    var ids: [(id: String, offset: Int)]
    /// Tokens that start like an id but are not one (`S13a`), with their byte offsets.
    var invalid: [(token: String, offset: Int)]

    static func == (lhs: Result, rhs: Result) -> Bool {
      lhs.ids.elementsEqual(rhs.ids, by: ==) && lhs.invalid.elementsEqual(rhs.invalid, by: ==)
    }
  }

  let pattern: ScenarioIDPattern

  /// The bytes a needs line can start with: emphasis or the keywords' first letters.
  private static let leadingBytes = Array("*_NnDd".utf8)

  /// The ids on `text`, or `nil` when it is not a needs line.
  func scan(_ text: String) -> Result? {
    guard let first = text.utf8.first, Self.leadingBytes.contains(first) else { return nil }
    let bytes = Array(text.utf8)
    var index = 0
    skip(bytes, &index, while: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") })
    guard matchKeyword(bytes, &index) else { return nil }
    var result = Result(ids: [], invalid: [])
    while index < bytes.count {
      skip(bytes, &index, while: isSeparator)
      if matchWord("and", bytes, &index) { continue }
      let quoted = index < bytes.count && bytes[index] == UInt8(ascii: "`")
      let start = quoted ? index + 1 : index
      guard let idEnd = pattern.idLength(bytes, at: start) else { break }
      if idEnd < bytes.count && isWordByte(bytes[idEnd]) {
        var end = idEnd
        while end < bytes.count && isWordByte(bytes[end]) { end += 1 }
        result.invalid.append((String(decoding: bytes[start..<end], as: UTF8.self), start))
        break
      }
      result.ids.append((String(decoding: bytes[start..<idEnd], as: UTF8.self), start))
      index = idEnd
      if quoted && index < bytes.count && bytes[index] == UInt8(ascii: "`") { index += 1 }
    }
    return result.ids.isEmpty && result.invalid.isEmpty ? nil : result
  }

  /// `needs` or `depends on`, then a non-word byte; moves past trailing `:` and spaces.
  private func matchKeyword(_ bytes: [UInt8], _ index: inout Int) -> Bool {
    var cursor = index
    if matchWord("needs", bytes, &cursor) {
      index = cursor
    } else if matchWord("depends", bytes, &cursor) {
      skip(bytes, &cursor, while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
      guard matchWord("on", bytes, &cursor) else { return false }
      index = cursor
    } else {
      return false
    }
    let afterKeyword = index
    skip(bytes, &index, while: { isSeparator($0) || $0 == UInt8(ascii: ":") })
    return index > afterKeyword
  }

  /// Matches `word` (ASCII, lowercase) case-insensitively when not followed by a word byte.
  private func matchWord(_ word: String, _ bytes: [UInt8], _ index: inout Int) -> Bool {
    var cursor = index
    for expected in word.utf8 {
      guard cursor < bytes.count, bytes[cursor] | 0x20 == expected else { return false }
      cursor += 1
    }
    guard cursor == bytes.count || !isWordByte(bytes[cursor]) else { return false }
    index = cursor
    return true
  }

  private func skip(_ bytes: [UInt8], _ index: inout Int, while predicate: (UInt8) -> Bool) {
    while index < bytes.count && predicate(bytes[index]) { index += 1 }
  }

  private func isSeparator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: ";"),
      UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "_"):
      return true
    default:
      return false
    }
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
  }
}
