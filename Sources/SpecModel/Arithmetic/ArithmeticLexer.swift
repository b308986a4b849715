/// The tokens of a bash arithmetic expression, read one at a time as bash's `readtok` does:
/// constants are converted (and rejected) when read, and `++`/`--` are increments only after
/// a name or before one, otherwise two signs (`1--1` is 2).
struct ArithmeticLexer {
  enum Kind: Equatable {
    case number(Int64)
    case identifier(String)
    case expansion(Int)
    case op(String)
    case end
  }

  struct Token: Equatable {
    var kind: Kind
    /// Offset of the token's first character.
    var start: Int
  }

  let chars: [Character]
  /// Whether `$NAME` / `${…}` may appear (false for text whose expansions already happened).
  let allowsExpansions: Bool
  var index = 0
  var expansions: [ArithmeticExpansion] = []
  private var previous: Kind = .end

  init(_ text: String, allowsExpansions: Bool) {
    self.chars = Array(text)
    self.allowsExpansions = allowsExpansions
  }

  static func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }
  static func isNameStart(_ c: Character) -> Bool { c == "_" || (c.isASCII && c.isLetter) }
  static func isNameCharacter(_ c: Character) -> Bool {
    c == "_" || (c.isASCII && (c.isLetter || c.isNumber))
  }

  private func peek(_ offset: Int = 0) -> Character? {
    index + offset < chars.count ? chars[index + offset] : nil
  }

  mutating func next() throws(ArithmeticSyntaxError) -> Token {
    while let c = peek(), Self.isBlank(c) { index += 1 }
    let start = index
    let kind = try readKind(start: start)
    previous = kind
    return Token(kind: kind, start: start)
  }

  private mutating func readKind(start: Int) throws(ArithmeticSyntaxError) -> Kind {
    guard let c = peek() else { return .end }
    if Self.isNameStart(c) {
      var name = ""
      while let d = peek(), Self.isNameCharacter(d) {
        name.append(d)
        index += 1
      }
      return .identifier(name + arraySubscript())
    }
    if c.isASCII && c.isNumber {
      var literal = ""
      while let d = peek(),
        d.isASCII && (d.isLetter || d.isNumber || d == "#" || d == "@" || d == "_")
      {
        literal.append(d)
        index += 1
      }
      return .number(try Self.constant(literal, at: start))
    }
    if c == "$" && allowsExpansions { return try expansion(start: start) }
    let two = String(chars[index..<min(chars.count, index + 2)])
    let three = String(chars[index..<min(chars.count, index + 3)])
    if three == "<<=" || three == ">>=" {
      index += 3
      return .op(three)
    }
    if two == "++" || two == "--" {
      if case .identifier = previous {
        index += 2
        return .op(two + "post")
      }
      var lookahead = index + 2
      while lookahead < chars.count, Self.isBlank(chars[lookahead]) { lookahead += 1 }
      if lookahead < chars.count, Self.isNameStart(chars[lookahead]) {
        index += 2
        return .op(two + "pre")
      }
      index += 1
      return .op(String(c))
    }
    let pairs: Set<String> = [
      "**", "<=", ">=", "==", "!=", "&&", "||", "<<", ">>", "*=", "/=", "%=", "+=", "-=", "&=",
      "^=", "|=",
    ]
    if pairs.contains(two) {
      index += 2
      return .op(two)
    }
    if "+-*/%<>&^|!~?:=(),".contains(c) {
      index += 1
      return .op(String(c))
    }
    throw ArithmeticSyntaxError(offset: start, message: "syntax error: invalid arithmetic operator")
  }

  /// An array subscript right after a name (`a[i + 1]`, `m[$key]`), brackets included, as
  /// written: the element is read and assigned by that name (`ParameterName`). Empty when no
  /// `[` follows or it is not closed.
  private mutating func arraySubscript() -> String {
    guard peek() == "[" else { return "" }
    var depth = 0
    var end = index
    while end < chars.count {
      if chars[end] == "[" { depth += 1 }
      if chars[end] == "]" {
        depth -= 1
        if depth == 0 { break }
      }
      end += 1
    }
    guard end < chars.count else { return "" }
    let text = String(chars[index...end])
    index = end + 1
    return text
  }

  /// `$NAME`, `$1`, `$#`, `${…}`, `$((…))`: an operand whose text is substituted before
  /// evaluation. It must stand alone: `1$X` or `$X$Y` would glue text into one token.
  private mutating func expansion(start: Int) throws(ArithmeticSyntaxError) -> Kind {
    let part: TemplatePart
    if let c = peek(1), Self.isNameStart(c) {
      index += 1
      var name = ""
      while let d = peek(), Self.isNameCharacter(d) {
        name.append(d)
        index += 1
      }
      part = .variable(name)
    } else if let c = peek(1), (c.isASCII && c.isNumber) || c == "#" {
      index += 2
      part = .variable(String(c))
    } else {
      do {
        let (parsed, end) = try TemplateSyntax.expansion(in: chars, at: index)
        part = parsed
        index = end
      } catch {
        throw ArithmeticSyntaxError(offset: error.offset, message: error.message)
      }
    }
    let gluedBefore =
      start > 0 && (Self.isNameCharacter(chars[start - 1]) || chars[start - 1] == "}")
    let gluedAfter = peek().map { Self.isNameCharacter($0) || $0 == "$" } ?? false
    if gluedBefore || gluedAfter {
      throw ArithmeticSyntaxError(
        offset: start, message: "an expansion inside arithmetic must be a whole operand")
    }
    expansions.append(ArithmeticExpansion(range: start..<index, part: part))
    return .expansion(expansions.count - 1)
  }

  /// Bash's integer constants: decimal, `0x` hexadecimal, leading-`0` octal and `BASE#DIGITS`
  /// (bases 2 to 64, digits `0-9a-zA-Z@_`), wrapping on overflow.
  static func constant(_ literal: String, at offset: Int) throws(ArithmeticSyntaxError) -> Int64 {
    var chars = Array(literal)[...]
    var base: Int64 = 10
    var foundBase = false
    func fail(_ message: String) -> ArithmeticSyntaxError {
      ArithmeticSyntaxError(offset: offset, message: message)
    }
    if chars.first == "0" {
      chars = chars.dropFirst()
      if chars.isEmpty { return 0 }
      if chars.first == "x" || chars.first == "X" {
        base = 16
        chars = chars.dropFirst()
      } else {
        base = 8
      }
      foundBase = true
    }
    var value: Int64 = 0
    while let c = chars.popFirst() {
      if c == "#" {
        if foundBase { throw fail("invalid number") }
        guard value >= 2 && value <= 64 else { throw fail("invalid arithmetic base") }
        base = value
        value = 0
        foundBase = true
        guard let d = chars.first, d.isASCII && (d.isLetter || d.isNumber || d == "@" || d == "_")
        else { throw fail("invalid integer constant") }
        continue
      }
      let digit: Int64
      switch c {
      case "0"..."9": digit = Int64(c.asciiValue! - 48)
      case "a"..."z": digit = Int64(c.asciiValue! - 97) + 10
      case "A"..."Z": digit = Int64(c.asciiValue! - 65) + (base <= 36 ? 10 : 36)
      case "@": digit = 62
      default: digit = 63
      }
      guard digit < base else { throw fail("value too great for base") }
      value = value &* base &+ digit
    }
    return value
  }
}
