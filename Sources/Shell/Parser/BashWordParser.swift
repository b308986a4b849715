// Words: literals, quotes, `$…` expansions, backquotes and process substitutions. Literal text
// keeps backslash escapes as written (as shfmt does); line continuations are removed.

/// Where a word is read, which decides what ends it.
enum BashWordContext {
  /// Arguments, assignment values, redirection targets, patterns: ends at a metacharacter.
  case command
  /// The right side of `=~`: `(`, `)`, `|`, `<`, `>` are part of the word; ends at a blank
  /// outside parentheses.
  case regularExpression
  /// The word of `${NAME:-word}`: blanks are literal; ends at `}`.
  case parameterWord
  /// The pattern of `${NAME/pattern/replacement}`: ends at `/` or `}`.
  case replacementPattern
}

extension BashSyntaxParser {
  /// Reads one word, or returns `nil` when no word starts here.
  mutating func parseWord(_ context: BashWordContext) throws(BashSyntaxError) -> BashWord? {
    skipLineContinuations()
    let start = position
    let startOffset = offset
    var parts: [BashWordPart] = []
    var literal: [UInt8] = []
    var parenDepth = 0

    func flush() {
      if !literal.isEmpty {
        parts.append(.literal(String(decoding: literal, as: UTF8.self)))
        literal.removeAll(keepingCapacity: true)
      }
    }

    scan: while let byte = peek() {
      switch context {
      case .command:
        if BashByte.isMeta(byte) {
          guard processSubstitutionAhead(), parts.isEmpty, literal.isEmpty else { break scan }
          parts.append(try parseProcessSubstitution())
          continue scan
        }
      case .regularExpression:
        if parenDepth == 0,
          byte == BashByte.closeParen || BashByte.isBlank(byte) || byte == BashByte.newline
        {
          break scan
        }
        if byte == BashByte.openParen {
          parenDepth += 1
        } else if byte == BashByte.closeParen {
          parenDepth -= 1
        }
      case .parameterWord:
        if byte == BashByte.closeBrace { break scan }
      case .replacementPattern:
        if byte == BashByte.closeBrace || byte == BashByte.slash { break scan }
      }

      switch byte {
      case BashByte.singleQuote:
        flush()
        parts.append(try parseSingleQuoted(dollar: false))
      case BashByte.doubleQuote:
        flush()
        parts.append(try parseDoubleQuoted())
      case BashByte.dollar:
        if let part = try parseDollar() {
          flush()
          parts.append(part)
        } else {
          literal.append(byte)
          advance()
        }
      case BashByte.backquote:
        flush()
        parts.append(try parseBackquote(inDoubleQuotes: false))
      case BashByte.backslash:
        literal.append(byte)
        advance()
        if let escaped = raw() {
          literal.append(escaped)
          advance()
        }
      default:
        literal.append(byte)
        advance()
      }
    }
    flush()
    let text = String(decoding: bytes[startOffset..<offset], as: UTF8.self)
    return parts.isEmpty ? nil : BashWord(position: start, parts: parts, text: text)
  }

  /// `'…'`, or the text of `$'…'` (where `\'` does not end the string); text kept as written.
  mutating func parseSingleQuoted(dollar: Bool) throws(BashSyntaxError) -> BashWordPart {
    let start = position
    advance(by: dollar ? 2 : 1)
    let textStart = offset
    while true {
      guard let byte = raw() else {
        throw error(
          dollar ? "unterminated ANSI-C quote" : "unterminated single quote", at: start)
      }
      if byte == BashByte.singleQuote { break }
      if dollar, byte == BashByte.backslash, raw(1) != nil {
        advance()
      }
      advance()
    }
    let text = String(decoding: bytes[textStart..<offset], as: UTF8.self)
    advance()
    return .singleQuoted(text, dollar: dollar)
  }

  /// `"…"` (also `$"…"`, whose `$` the caller has consumed).
  mutating func parseDoubleQuoted() throws(BashSyntaxError) -> BashWordPart {
    let start = position
    advance()
    var parts: [BashWordPart] = []
    var literal: [UInt8] = []
    func flush() {
      if !literal.isEmpty {
        parts.append(.literal(String(decoding: literal, as: UTF8.self)))
        literal.removeAll(keepingCapacity: true)
      }
    }
    while true {
      guard let byte = peek() else {
        throw error("unterminated double quote", at: start)
      }
      switch byte {
      case BashByte.doubleQuote:
        advance()
        flush()
        return .doubleQuoted(parts)
      case BashByte.backslash:
        literal.append(byte)
        advance()
        if let escaped = raw(), isDoubleQuoteEscapable(escaped) {
          literal.append(escaped)
          advance()
        }
      case BashByte.dollar:
        if let part = try parseDollar(quoting: false) {
          flush()
          parts.append(part)
        } else {
          literal.append(byte)
          advance()
        }
      case BashByte.backquote:
        flush()
        parts.append(try parseBackquote(inDoubleQuotes: true))
      default:
        literal.append(byte)
        advance()
      }
    }
  }

  private func isDoubleQuoteEscapable(_ byte: UInt8) -> Bool {
    byte == BashByte.dollar || byte == BashByte.backquote || byte == BashByte.doubleQuote
      || byte == BashByte.backslash
  }

  /// An expansion starting with `$`, or `nil` when the `$` is literal. `$'…'` and `$"…"` are
  /// only quotes where quotes are (not inside double quotes or here-documents).
  mutating func parseDollar(quoting: Bool = true) throws(BashSyntaxError) -> BashWordPart? {
    let start = position
    guard let next = lookahead(1) else { return nil }
    switch next {
    case BashByte.singleQuote where quoting:
      return try parseSingleQuoted(dollar: true)
    case BashByte.doubleQuote where quoting:
      advance()
      return try parseDoubleQuoted()
    case BashByte.openBrace:
      return .parameter(
        try nested { parser throws(BashSyntaxError) in try parser.parseBracedParameter() })
    case BashByte.openParen:
      if lookahead(2) == BashByte.openParen {
        advance(by: 3)
        let text = try scanExpressionText(until: .doubleParen, opener: "$((", at: start)
        advance(by: 2)
        return .arithmetic(text)
      }
      advance(by: 2)
      let statements = try nested { parser throws(BashSyntaxError) in
        try parser.parseStatementList(BashListEnd(closeParen: true))
      }
      try expectCloseParen(closing: "$(", at: start)
      return .commandSubstitution(statements, position: start)
    case BashByte.openBracket:
      advance(by: 2)
      let text = try scanExpressionText(until: .bracket, opener: "$[", at: start)
      advance()
      return .arithmetic(text)
    default:
      break
    }
    var name: [UInt8] = []
    if BashByte.isNameStart(next) {
      advance()
      while let byte = peek(), BashByte.isNameCharacter(byte) {
        name.append(byte)
        advance()
      }
    } else if BashByte.isDigit(next) || isSpecialParameter(next) {
      advance(by: 2)
      name.append(next)
    } else {
      return nil  // a lone `$` is literal text
    }
    return .parameter(
      BashParameterExpansion(
        position: start, name: String(decoding: name, as: UTF8.self), short: true))
  }

  private func isSpecialParameter(_ byte: UInt8) -> Bool {
    switch byte {
    case BashByte.at, BashByte.star, BashByte.hash, BashByte.question, BashByte.minus,
      BashByte.dollar, BashByte.bang:
      return true
    default:
      return false
    }
  }

  /// `${…}`, with the cursor on `$`.
  mutating func parseBracedParameter() throws(BashSyntaxError) -> BashParameterExpansion {
    let start = position
    advance(by: 2)
    var expansion = BashParameterExpansion(position: start, name: "")
    if peek() == BashByte.hash, lookahead(1) != BashByte.closeBrace {
      expansion.length = true
      advance()
    } else if peek() == BashByte.bang, lookahead(1) != BashByte.closeBrace {
      expansion.indirect = true
      advance()
    }
    var name: [UInt8] = []
    if let byte = peek() {
      if BashByte.isNameStart(byte) {
        while let byte = peek(), BashByte.isNameCharacter(byte) {
          name.append(byte)
          advance()
        }
      } else if BashByte.isDigit(byte) {
        while let byte = peek(), BashByte.isDigit(byte) {
          name.append(byte)
          advance()
        }
      } else if isSpecialParameter(byte) {
        name.append(byte)
        advance()
      }
    }
    guard !name.isEmpty else {
      throw error("invalid parameter name in '${', found \(describeAhead())", at: position)
    }
    expansion.name = String(decoding: name, as: UTF8.self)
    if expansion.indirect, let byte = peek(), byte == BashByte.star || byte == BashByte.at,
      lookahead(1) == BashByte.closeBrace
    {
      expansion.names = byte == BashByte.star ? "*" : "@"
      advance()
    }
    if peek() == BashByte.openBracket {
      let bracketPosition = position
      advance()
      expansion.index = try scanExpressionText(until: .bracket, opener: "[", at: bracketPosition)
      advance()
    }
    try parseParameterOperation(into: &expansion)
    guard peek() == BashByte.closeBrace else {
      var message = "expected '}' to close '${' at \(start.line):\(start.column)"
      if !isAtEnd {
        message += ", found \(describeAhead())"
      }
      throw error(message, at: position)
    }
    advance()
    return expansion
  }

  /// What follows the name in `${…}`: `:-word`, `#pattern`, `/pattern/replacement`,
  /// `:offset:length`, ….
  private mutating func parseParameterOperation(into expansion: inout BashParameterExpansion)
    throws(BashSyntaxError)
  {
    guard let byte = peek(), byte != BashByte.closeBrace else { return }
    var op: String
    switch byte {
    case BashByte.colon:
      if let next = lookahead(1),
        next == BashByte.minus || next == BashByte.equals || next == BashByte.plus
          || next == BashByte.question
      {
        op = ":" + String(UnicodeScalar(next))
        advance(by: 2)
      } else {
        let colonPosition = position
        advance()
        let offsetText = try scanExpressionText(
          until: .colonOrBrace, opener: "${", at: colonPosition)
        var lengthText: String?
        if peek() == BashByte.colon {
          advance()
          lengthText = try scanExpressionText(until: .brace, opener: "${", at: colonPosition)
        }
        expansion.slice = (offsetText, lengthText)
        return
      }
    case BashByte.minus, BashByte.equals, BashByte.plus, BashByte.question, BashByte.at:
      op = String(UnicodeScalar(byte))
      advance()
    case BashByte.hash, BashByte.percent, BashByte.caret, BashByte.comma:
      op = String(UnicodeScalar(byte))
      advance()
      if peek() == byte {
        op += op
        advance()
      }
    case BashByte.slash:
      advance()
      var replacement = BashParameterExpansion.Replacement(all: false, pattern: nil, with: nil)
      if peek() == BashByte.slash {
        replacement.all = true
        advance()
      } else if peek() == BashByte.hash || peek() == BashByte.percent {
        replacement.anchor = peek() == BashByte.hash ? "#" : "%"
        advance()
      }
      replacement.pattern = try parseWord(.replacementPattern)
      if peek() == BashByte.slash {
        advance()
        replacement.with = try parseWord(.parameterWord)
      }
      expansion.replacement = replacement
      return
    default:
      throw error("unexpected \(describeAhead()) in parameter expansion", at: position)
    }
    expansion.operation = (op, try parseWord(.parameterWord))
  }

  /// `` `…` ``: the text between the backquotes, with `\``, `\\` and `\$` (and `\"` inside
  /// double quotes) unescaped, parsed as a script whose positions map back to the source.
  mutating func parseBackquote(inDoubleQuotes: Bool) throws(BashSyntaxError) -> BashWordPart {
    let start = position
    advance()
    var text: [UInt8] = []
    var positions: [BashPosition] = []
    while true {
      guard let byte = raw() else {
        throw error("unterminated backquote", at: start)
      }
      if byte == BashByte.backquote { break }
      if byte == BashByte.backslash, let next = raw(1),
        next == BashByte.backquote || next == BashByte.backslash || next == BashByte.dollar
          || (inDoubleQuotes && next == BashByte.doubleQuote)
      {
        advance()
      }
      positions.append(position)
      text.append(raw() ?? 0)
      advance()
    }
    positions.append(position)
    advance()
    var inner = BashSyntaxParser(bytes: text, positionMap: positions, nesting: nesting + 1)
    guard inner.nesting < Self.maximumNesting else {
      throw error("nesting is deeper than \(Self.maximumNesting) levels", at: start)
    }
    let statements = try inner.parseProgram()
    return .commandSubstitution(statements, position: start)
  }

  /// `<(list)` or `>(list)`.
  private mutating func parseProcessSubstitution() throws(BashSyntaxError) -> BashWordPart {
    let start = position
    let output = peek() == BashByte.greater
    advance(by: 2)
    let statements = try nested { parser throws(BashSyntaxError) in
      try parser.parseStatementList(BashListEnd(closeParen: true))
    }
    try expectCloseParen(closing: output ? ">(" : "<(", at: start)
    return .processSubstitution(output: output, statements)
  }
}
