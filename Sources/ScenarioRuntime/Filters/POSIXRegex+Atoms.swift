// The POSIX regex translator: atoms, escapes and bracket expressions.
extension Translator {
  mutating func parseAtom(atStart: Bool) throws(RegexSyntaxError) -> Piece {
    let scalar = scalars[index]
    index += 1
    switch scalar {
    case "^":
      if extended {
        return Piece(
          text: "^", length: 0, zeroWidth: true, isAssertion: true, isLineAnchor: true)
      }
      if atStart {
        return Piece(text: "^", length: 0, zeroWidth: true, isAssertion: true, keepsStart: true)
      }
      return literal(scalar)
    case "$":
      if extended {
        return Piece(text: "\\z", length: 0, zeroWidth: true, isAssertion: true, isLineAnchor: true)
      }
      if index == scalars.count || atAlternation || atGroupClose {
        return Piece(text: "\\z", length: 0, zeroWidth: true, isAssertion: true)
      }
      return literal(scalar)
    case ".":
      return Piece(text: POSIXRegex.anyCharacter, length: 1)
    case "[":
      return Piece(text: try parseBracket(), length: 1)
    case "(" where extended:
      return try parseGroup()
    case "\\":
      return try parseEscape(atStart: atStart)
    default:
      return literal(scalar)
    }
  }

  func literal(_ scalar: Unicode.Scalar) -> Piece {
    let text = POSIXRegex.literal(scalar)
    return Piece(text: text, length: 1, zeroWidth: scalar == "\n")
  }

  mutating func parseGroup() throws(RegexSyntaxError) -> Piece {
    groupCount += 1
    let number = groupCount
    depth += 1
    let inner = try parseAlternatives()
    depth -= 1
    guard atGroupClose else { throw fail("Unmatched ( or \\(") }
    index += extended ? 1 : 2
    closedGroups.insert(number)
    return Piece(text: "(" + inner.text + ")", length: inner.length)
  }

  /// After a backslash.
  mutating func parseEscape(atStart: Bool) throws(RegexSyntaxError) -> Piece {
    guard let scalar = peek() else { throw fail("Trailing backslash") }
    index += 1
    switch scalar {
    case "1"..."9":
      let number = Int(scalar.value - 48)
      guard closedGroups.contains(number) else { throw fail("Invalid back reference") }
      hasBackReference = true
      return Piece(text: "(?:\\\(number + groupOffset))", length: nil)
    case "w", "W", "s", "S", "b", "B", "<", ">":
      needsMultibyteMatching = true
      return escapeNeedingMultibyte(scalar)
    case "`":
      return assertion("\\A")
    case "'":
      return assertion("\\z")
    default:
      return try otherEscape(scalar)
    }
  }

  func escapeNeedingMultibyte(_ scalar: Unicode.Scalar) -> Piece {
    let word = POSIXRegex.wordContext
    switch scalar {
    case "w":
      return Piece(text: POSIXRegex.wordCharacter, length: 1)
    case "W":
      return Piece(text: POSIXRegex.nonWordCharacter, length: 1)
    case "s":
      return Piece(text: "[" + POSIXRegex.spaceMembers + "]", length: 1)
    case "S":
      return Piece(
        text: "[^" + POSIXRegex.spaceMembers + POSIXRegex.invalidByteMembers + "]", length: 1)
    case "b":
      return assertion("(?:(?<=\(word))(?!\(word))|(?<!\(word))(?=\(word)))")
    case "B":
      return assertion("(?:(?<=\(word))(?=\(word))|(?<!\(word))(?!\(word)))")
    case "<":
      return assertion("(?<!\(word))(?=\(word))")
    default:
      return assertion("(?<=\(word))(?!\(word))")
    }
  }

  mutating func otherEscape(_ scalar: Unicode.Scalar) throws(RegexSyntaxError) -> Piece {
    switch scalar {
    case "(" where !extended:
      return try parseGroup()
    case ")" where !extended:
      throw fail("Unmatched ) or \\)")
    case "{" where !extended:
      // Only reached where an expression starts.
      if isGrep { return literal("{") }
      throw fail("Invalid preceding regular expression")
    default:
      if dialect.tool == .sed, let character = sedCharacterEscape(scalar) {
        return literal(character)
      }
      return literal(scalar)
    }
  }

  func assertion(_ text: String) -> Piece {
    Piece(text: text, length: 0, zeroWidth: true, isAssertion: true)
  }

  /// GNU sed's character escapes (`\n`, `\t`, `\cX`, `\dNNN`, `\oNNN`, `\xHH`…), after the
  /// backslash and `scalar`; `nil` when `scalar` does not start one.
  mutating func sedCharacterEscape(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "n": return "\n"
    case "t": return "\t"
    case "a": return "\u{07}"
    case "f": return "\u{0C}"
    case "v": return "\u{0B}"
    case "r": return "\r"
    case "c":
      guard let next = peek(), next.isASCII else { return nil }
      index += 1
      let upper = next.properties.isLowercase ? next.value - 32 : next.value
      return Unicode.Scalar(upper ^ 0x40)
    case "d", "o", "x":
      let (radix, maxDigits) = scalar == "d" ? (10, 3) : scalar == "o" ? (8, 3) : (16, 2)
      var digits = ""
      while digits.count < maxDigits, let next = peek(), next.isASCII,
        Int(String(next), radix: radix) != nil
      {
        digits.unicodeScalars.append(next)
        index += 1
      }
      guard let value = Int(digits, radix: radix) else { return nil }
      return Unicode.Scalar(UInt32(value & 0xFF))
    default:
      return nil
    }
  }

  // MARK: - Bracket expressions

  /// A bracket expression after its `[`, as an ICU set.
  mutating func parseBracket() throws(RegexSyntaxError) -> String {
    let unterminated = isGrep ? "Unmatched [, [^, [:, [., or [=" : "unterminated `s' command"
    var negated = false
    if peek() == "^" {
      negated = true
      needsMultibyteMatching = true
      index += 1
    }
    guard index < scalars.count else {
      throw fail(isGrep ? "Invalid regular expression" : unterminated)
    }
    let contentStart = index
    var members = ""
    var first = true
    while true {
      guard let scalar = peek() else { throw fail(unterminated) }
      if scalar == "]" && !first {
        index += 1
        break
      }
      first = false
      if scalar == "[", peek(1) == ":" {
        let name = try delimited(by: ":", unterminated: unterminated)
        let folded = ignoreCase && (name == "upper" || name == "lower") ? "alpha" : name
        guard let items = POSIXRegex.classMembers(folded) else {
          throw fail("Invalid character class name")
        }
        needsMultibyteMatching = true
        members += items
        continue
      }
      let low = try bracketCharacter(unterminated: unterminated)
      if peek() == "-", let after = peek(1), after != "]" {
        index += 1
        let high = try bracketCharacter(unterminated: unterminated)
        guard high.value >= low.value else { throw fail("Invalid range end") }
        needsMultibyteMatching = true
        if low.value <= 0x0A && high.value >= 0x0A {
          // Leave the newline (an invalid byte) out of the range.
          if low.value < 0x0A {
            members += POSIXRegex.setMember(low) + "-" + POSIXRegex.setMember("\u{09}")
          }
          if high.value > 0x0A {
            members += POSIXRegex.setMember("\u{0B}") + "-" + POSIXRegex.setMember(high)
          }
        } else {
          members += POSIXRegex.setMember(low) + "-" + POSIXRegex.setMember(high)
        }
      } else if low != "\n" {
        members += POSIXRegex.setMember(low)
        if !low.isASCII { needsMultibyteMatching = true }
      }
    }
    if isGrep {
      // `[:space:]` for `[[:space:]]`.
      let content = scalars[contentStart..<(index - 1)]
      if content.count >= 2, content.first == ":", content.last == ":",
        content.contains(where: { $0 != ":" })
      {
        throw fail("character class syntax is [[:space:]], not [:space:]")
      }
    }
    if negated { return "[^" + members + POSIXRegex.invalidByteMembers + "]" }
    return members.isEmpty ? "(?!)" : "[" + members + "]"
  }

  /// One character of a bracket expression: itself, `[.c.]`, `[=c=]`, or with sed a
  /// character escape (a backslash is otherwise literal in brackets).
  mutating func bracketCharacter(unterminated: String) throws(RegexSyntaxError)
    -> Unicode.Scalar
  {
    let scalar = scalars[index]
    if scalar == "[", let kind = peek(1), kind == "." || kind == "=" {
      if kind == "=" { needsMultibyteMatching = true }
      let name = try delimited(by: kind, unterminated: unterminated)
      let characters = Array(name.unicodeScalars)
      guard characters.count == 1 else { throw fail("Invalid collation character") }
      return characters[0]
    }
    index += 1
    if scalar == "\\", dialect.tool == .sed, let next = peek() {
      let start = index
      index += 1
      if let character = sedCharacterEscape(next) { return character }
      index = start
    }
    return scalar
  }

  /// The text of `[:name:]`, `[.c.]` or `[=c=]` at the current position, which is skipped.
  mutating func delimited(by kind: Unicode.Scalar, unterminated: String)
    throws(RegexSyntaxError) -> String
  {
    var cursor = index + 2
    while cursor + 1 < scalars.count {
      if scalars[cursor] == kind && scalars[cursor + 1] == "]" {
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[(index + 2)..<cursor])
        index = cursor + 2
        return name
      }
      cursor += 1
    }
    throw fail(unterminated)
  }
}
