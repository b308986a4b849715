// The byte cursor under the parser: positions, line continuations, blanks, comments,
// reserved words and operators. Bash has no context-free tokens, so there is no separate
// token stream: the parser asks the cursor what comes next in the context it is in.

/// The ASCII bytes the parser looks at.
public enum BashByte {
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let space = UInt8(ascii: " ")
  static let bang = UInt8(ascii: "!")
  static let doubleQuote = UInt8(ascii: "\"")
  static let hash = UInt8(ascii: "#")
  static let dollar = UInt8(ascii: "$")
  static let percent = UInt8(ascii: "%")
  static let ampersand = UInt8(ascii: "&")
  static let singleQuote = UInt8(ascii: "'")
  static let openParen = UInt8(ascii: "(")
  static let closeParen = UInt8(ascii: ")")
  static let star = UInt8(ascii: "*")
  static let plus = UInt8(ascii: "+")
  static let comma = UInt8(ascii: ",")
  static let minus = UInt8(ascii: "-")
  static let slash = UInt8(ascii: "/")
  static let colon = UInt8(ascii: ":")
  static let semicolon = UInt8(ascii: ";")
  static let less = UInt8(ascii: "<")
  static let equals = UInt8(ascii: "=")
  static let greater = UInt8(ascii: ">")
  static let question = UInt8(ascii: "?")
  static let at = UInt8(ascii: "@")
  static let openBracket = UInt8(ascii: "[")
  static let backslash = UInt8(ascii: "\\")
  static let closeBracket = UInt8(ascii: "]")
  static let caret = UInt8(ascii: "^")
  static let underscore = UInt8(ascii: "_")
  static let backquote = UInt8(ascii: "`")
  static let openBrace = UInt8(ascii: "{")
  static let pipe = UInt8(ascii: "|")
  static let closeBrace = UInt8(ascii: "}")

  /// Space or tab.
  static func isBlank(_ byte: UInt8) -> Bool {
    byte == space || byte == tab
  }

  /// A byte that ends an unquoted word: blank, newline, `;`, `&`, `|`, `(`, `)`, `<`, `>`.
  static func isMeta(_ byte: UInt8) -> Bool {
    switch byte {
    case space, tab, newline, semicolon, ampersand, pipe, openParen, closeParen, less, greater:
      return true
    default:
      return false
    }
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  static func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == underscore
  }

  static func isNameCharacter(_ byte: UInt8) -> Bool {
    isNameStart(byte) || isDigit(byte)
  }

  /// Whether `text` is a valid variable name.
  public static func isName(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next(), isNameStart(first) else { return false }
    while let byte = bytes.next() {
      guard isNameCharacter(byte) else { return false }
    }
    return true
  }
}

/// The reserved words, recognized only in command position (and `in` after `for`/`case`).
enum BashKeyword: String {
  case `if`, then, elif, `else`, fi, `for`, `in`, `do`, done, `while`, until, `case`, esac
  case function
  case openBrace = "{"
  case closeBrace = "}"
  case openTest = "[["
  case bang = "!"
  /// Not parsed (the syntax tree has no select loop); rejected with a clear message.
  case select

  /// Words that end a statement list; which ones are expected depends on the construct.
  var endsList: Bool {
    switch self {
    case .then, .elif, .else, .fi, .do, .done, .esac, .closeBrace:
      return true
    default:
      return false
    }
  }
}

/// The declaration builtins that shfmt parses as DeclClause.
enum BashDeclarationBuiltin: String {
  case export, local, declare, readonly, typeset, nameref
}

/// What may end a statement list besides the end of input.
struct BashListEnd {
  /// Reserved words that end the list; any other list-ending word is an error.
  var keywords: [BashKeyword] = []
  /// `)` ends the list (subshells, `$(…)`, `<(…)`).
  var closeParen = false
  /// `;;`, `;&`, `;;&` and `;|` end the list (case items).
  var caseItem = false
}

extension BashSyntaxParser {
  /// The position of the next byte.
  var position: BashPosition {
    if let positionMap {
      return positionMap[min(offset, positionMap.count - 1)]
    }
    return BashPosition(line: line, column: column)
  }

  var isAtEnd: Bool {
    mutating get { peek() == nil }
  }

  /// The byte at `offset + distance`, without skipping line continuations.
  func raw(_ distance: Int = 0) -> UInt8? {
    let index = offset + distance
    return index < end ? bytes[index] : nil
  }

  /// Skips `\` + newline pairs, which bash removes before anything else outside quotes.
  mutating func skipLineContinuations() {
    while offset + 1 < end, bytes[offset] == BashByte.backslash,
      bytes[offset + 1] == BashByte.newline
    {
      advance()
      advance()
    }
  }

  /// The next byte after any line continuations, or `nil` at the end.
  mutating func peek() -> UInt8? {
    skipLineContinuations()
    return offset < end ? bytes[offset] : nil
  }

  /// The byte `distance` bytes ahead, skipping line continuations before each byte.
  func lookahead(_ distance: Int) -> UInt8? {
    var index = offset
    var remaining = distance
    while true {
      while index + 1 < end, bytes[index] == BashByte.backslash,
        bytes[index + 1] == BashByte.newline
      {
        index += 2
      }
      guard index < end else { return nil }
      if remaining == 0 { return bytes[index] }
      remaining -= 1
      index += 1
    }
  }

  /// Whether the text ahead starts with `text` (line continuations skipped).
  func lookingAt(_ text: String) -> Bool {
    var distance = 0
    for byte in text.utf8 {
      guard lookahead(distance) == byte else { return false }
      distance += 1
    }
    return true
  }

  /// Consumes one byte, updating line and column (columns count Unicode scalars).
  mutating func advance() {
    guard offset < end else { return }
    let byte = bytes[offset]
    offset += 1
    if byte == BashByte.newline {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// Consumes `count` bytes, skipping line continuations before each.
  mutating func advance(by count: Int) {
    for _ in 0..<count {
      skipLineContinuations()
      advance()
    }
  }

  /// Skips spaces, tabs and line continuations.
  mutating func skipBlanks() {
    while let byte = peek(), BashByte.isBlank(byte) {
      advance()
    }
  }

  /// Skips a comment up to (not including) the end of its line, if one starts here.
  mutating func skipComment() {
    guard peek() == BashByte.hash else { return }
    while offset < end, bytes[offset] != BashByte.newline {
      advance()
    }
  }

  /// Skips blanks and a trailing comment, staying on the same line.
  mutating func skipBlanksAndComment() {
    skipBlanks()
    skipComment()
  }

  /// Skips blanks, comments and newlines, reading the here-documents due after each newline.
  mutating func skipLinebreaks() throws(BashSyntaxError) {
    while true {
      skipBlanksAndComment()
      guard peek() == BashByte.newline else { return }
      advance()
      try readPendingHereDocuments()
    }
  }

  /// The plain run of word bytes ahead (no quotes, expansions or escapes) when it forms a
  /// whole word, i.e. is followed by a metacharacter or the end.
  func plainWordAhead() -> ArraySlice<UInt8>? {
    var index = offset
    while index + 1 < end, bytes[index] == BashByte.backslash,
      bytes[index + 1] == BashByte.newline
    {
      index += 2
    }
    let start = index
    while index < end {
      let byte = bytes[index]
      if BashByte.isMeta(byte) { break }
      switch byte {
      case BashByte.singleQuote, BashByte.doubleQuote, BashByte.backquote, BashByte.dollar,
        BashByte.backslash:
        return nil
      default:
        index += 1
      }
    }
    return index > start ? bytes[start..<index] : nil
  }

  /// The reserved word ahead, if the next word is one.
  func keywordAhead() -> BashKeyword? {
    guard let word = plainWordAhead(), word.count <= 8 else { return nil }
    return BashKeyword(rawValue: String(decoding: word, as: UTF8.self))
  }

  /// The declaration builtin ahead, if the next word is one.
  func declarationBuiltinAhead() -> BashDeclarationBuiltin? {
    guard let word = plainWordAhead(), word.count <= 8 else { return nil }
    return BashDeclarationBuiltin(rawValue: String(decoding: word, as: UTF8.self))
  }

  /// Whether the word ahead is exactly `word` (unquoted, followed by a metacharacter).
  func wordAhead(_ word: String) -> Bool {
    guard let ahead = plainWordAhead() else { return false }
    return ahead.elementsEqual(word.utf8)
  }

  /// `<(` or `>(` ahead.
  func processSubstitutionAhead() -> Bool {
    let first = lookahead(0)
    return (first == BashByte.less || first == BashByte.greater)
      && lookahead(1) == BashByte.openParen
  }

  /// `;;`, `;&`, `;;&` or `;|` ahead.
  func caseTerminatorAhead() -> String? {
    guard lookahead(0) == BashByte.semicolon else { return nil }
    switch lookahead(1) {
    case BashByte.semicolon:
      return lookahead(2) == BashByte.ampersand ? ";;&" : ";;"
    case BashByte.ampersand:
      return ";&"
    case BashByte.pipe:
      return ";|"
    default:
      return nil
    }
  }

  /// A short description of what is ahead, for error messages: `')'`, `'fi'`, `newline`,
  /// `end of input`.
  func describeAhead() -> String {
    guard let byte = lookahead(0) else { return "end of input" }
    if byte == BashByte.newline { return "newline" }
    if BashByte.isBlank(byte) { return "blank" }
    let operators = [
      ";;&", ";;", ";&", ";|", "&&", "&>>", "&>", "||", "|&", "<<<", "<<-", "<<", "<&", "<>",
      ">>", ">&", ">|", "((", "))", ";", "&", "|", "<", ">", "(", ")",
    ]
    for candidate in operators where lookingAt(candidate) {
      return "'\(candidate)'"
    }
    var index = offset
    while index < end, !BashByte.isMeta(bytes[index]) {
      index += 1
    }
    let word = String(decoding: bytes[offset..<max(index, offset + 1)], as: UTF8.self)
    return "'\(word)'"
  }

  func unexpected() -> BashSyntaxError {
    error("unexpected \(describeAhead())", at: position)
  }

  /// Consumes the reserved word `keyword` and returns its position, or fails with
  /// "expected 'fi' to close 'if' at 1:1".
  @discardableResult
  mutating func expectKeyword(
    _ keyword: BashKeyword, closing opener: String, at openerPosition: BashPosition
  ) throws(BashSyntaxError) -> BashPosition {
    try skipLinebreaks()
    guard keywordAhead() == keyword else {
      var message =
        "expected '\(keyword.rawValue)' to close '\(opener)' at "
        + "\(openerPosition.line):\(openerPosition.column)"
      if !isAtEnd {
        message += ", found \(describeAhead())"
      }
      throw error(message, at: position)
    }
    let keywordPosition = position
    advance(by: keyword.rawValue.utf8.count)
    return keywordPosition
  }

  /// Fails unless a command can start here, naming what it should follow.
  mutating func requireCommand(after what: String, at whatPosition: BashPosition)
    throws(BashSyntaxError)
  {
    let message =
      "expected a command after '\(what)' at \(whatPosition.line):\(whatPosition.column)"
    guard let byte = peek() else { throw error(message, at: position) }
    switch byte {
    case BashByte.closeParen, BashByte.semicolon, BashByte.ampersand, BashByte.pipe:
      throw error(message + ", found \(describeAhead())", at: position)
    default:
      if let keyword = keywordAhead(), keyword.endsList {
        throw error(message + ", found \(describeAhead())", at: position)
      }
    }
  }
}
