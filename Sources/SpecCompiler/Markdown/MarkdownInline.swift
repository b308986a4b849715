/// Inline markup helpers. The parser keeps inline markup as written; these turn it into plain
/// text where a plain string is wanted (comparing a heading with a name, printing a title).
public enum MarkdownInline {
  /// `text` without code-span backticks, emphasis markers (`*`, `_` at word boundaries, `~~`)
  /// and backslash escapes, with links `[label](url)` reduced to their label. Code-span
  /// contents are kept verbatim.
  public static func plainText(_ text: String) -> String {
    let characters = Array(text)
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\\":
        if index + 1 < characters.count,
          characters[index + 1].isPunctuation
            || characters[index + 1].isSymbol
        {
          result.append(characters[index + 1])
          index += 2
        } else {
          result.append(character)
          index += 1
        }
      case "`":
        let run = runLength(characters, from: index)
        if let close = closingBackticks(characters, from: index + run, length: run) {
          var content = String(characters[(index + run)..<close])
          if content.count >= 2, content.first == " ", content.last == " ",
            content.contains(where: { $0 != " " })
          {
            content = String(content.dropFirst().dropLast())
          }
          result += content
          index = close + run
        } else {
          result += String(characters[index..<(index + run)])
          index += run
        }
      case "*", "_", "~":
        let run = runLength(characters, from: index)
        let before: Character? = index > 0 ? characters[index - 1] : nil
        let after: Character? = index + run < characters.count ? characters[index + run] : nil
        if isDelimiter(character, run: run, before: before, after: after) {
          index += run
        } else {
          result += String(characters[index..<(index + run)])
          index += run
        }
      case "[":
        if let (label, end) = link(characters, from: index) {
          result += plainText(label)
          index = end
        } else {
          result.append(character)
          index += 1
        }
      default:
        result.append(character)
        index += 1
      }
    }
    return result
  }

  private static func runLength(_ characters: [Character], from index: Int) -> Int {
    var end = index
    while end < characters.count && characters[end] == characters[index] { end += 1 }
    return end - index
  }

  private static func closingBackticks(_ characters: [Character], from start: Int, length: Int)
    -> Int?
  {
    var index = start
    while index < characters.count {
      if characters[index] == "`" {
        let run = runLength(characters, from: index)
        if run == length { return index }
        index += run
      } else {
        index += 1
      }
    }
    return nil
  }

  /// A run that opens (followed by non-space) or closes (preceded by non-space) emphasis;
  /// `_` only at word boundaries, `~` only doubled.
  private static func isDelimiter(
    _ character: Character, run: Int, before: Character?, after: Character?
  ) -> Bool {
    if character == "~" && run != 2 { return false }
    let opens = after.map { !$0.isWhitespace } ?? false
    let closes = before.map { !$0.isWhitespace } ?? false
    guard opens || closes else { return false }
    if character == "_" {
      let wordBefore = before.map { $0.isLetter || $0.isNumber } ?? false
      let wordAfter = after.map { $0.isLetter || $0.isNumber } ?? false
      return !(wordBefore && wordAfter)
    }
    return true
  }

  /// `[label](destination)`: the label and the index after `)`.
  private static func link(_ characters: [Character], from start: Int) -> (String, Int)? {
    var depth = 0
    var index = start
    while index < characters.count {
      switch characters[index] {
      case "[": depth += 1
      case "]":
        depth -= 1
        if depth == 0 {
          guard index + 1 < characters.count, characters[index + 1] == "(",
            let close = characters[(index + 2)...].firstIndex(of: ")")
          else { return nil }
          return (String(characters[(start + 1)..<index]), close + 1)
        }
      default: break
      }
      index += 1
    }
    return nil
  }
}
