// Arithmetic and index expressions, which the syntax tree keeps as text: `$(( … ))`,
// `(( … ))`, `for (( … ))`, `${NAME[…]}`, `${NAME:offset:length}`, `NAME[…]=`.

/// What ends an expression scanned as text.
enum BashExpressionEnd {
  /// `))`.
  case doubleParen
  /// `]`.
  case bracket
  /// `:` or `}` (the offset of `${NAME:offset:length}`).
  case colonOrBrace
  /// `}`.
  case brace

  var description: String {
    switch self {
    case .doubleParen: return "))"
    case .bracket: return "]"
    case .colonOrBrace, .brace: return "}"
    }
  }
}

extension BashSyntaxParser {
  /// Reads an expression up to `expressionEnd` at nesting depth zero, leaving the cursor on the
  /// terminator, and returns its text without line continuations, and without surrounding
  /// blanks when `trimming` (bash prints the text of `(( … ))` as written).
  mutating func scanExpressionText(
    until expressionEnd: BashExpressionEnd, opener: String, at openerPosition: BashPosition,
    trimming: Bool = true
  ) throws(BashSyntaxError) -> String {
    var text: [UInt8] = []
    var depth = 0
    func result() -> String {
      let raw = String(decoding: text, as: UTF8.self)
      return trimming ? raw.trimmingBlanks : raw
    }
    while true {
      guard let byte = peek() else {
        throw error(
          "expected '\(expressionEnd.description)' to close '\(opener)' at "
            + "\(openerPosition.line):\(openerPosition.column)",
          at: position)
      }
      if depth == 0 {
        switch expressionEnd {
        case .doubleParen:
          if byte == BashByte.closeParen, lookahead(1) == BashByte.closeParen {
            return result()
          }
        case .bracket:
          if byte == BashByte.closeBracket {
            return result()
          }
        case .colonOrBrace:
          if byte == BashByte.colon || byte == BashByte.closeBrace {
            return result()
          }
        case .brace:
          if byte == BashByte.closeBrace {
            return result()
          }
        }
      }
      switch byte {
      case BashByte.openParen, BashByte.openBracket, BashByte.openBrace:
        depth += 1
      case BashByte.closeParen, BashByte.closeBracket, BashByte.closeBrace:
        depth -= 1
        if depth < 0 {
          throw error(
            "unexpected '\(String(UnicodeScalar(byte)))' in expression of '\(opener)' at "
              + "\(openerPosition.line):\(openerPosition.column)",
            at: position)
        }
      case BashByte.singleQuote, BashByte.doubleQuote, BashByte.backquote:
        try copyQuoted(byte, into: &text)
        continue
      case BashByte.backslash:
        text.append(byte)
        advance()
        if let escaped = raw() {
          text.append(escaped)
          advance()
        }
        continue
      default:
        break
      }
      text.append(byte)
      advance()
    }
  }

  /// Copies a quoted run (`'…'`, `"…"`, `` `…` ``) as written.
  private mutating func copyQuoted(_ quote: UInt8, into text: inout [UInt8])
    throws(BashSyntaxError)
  {
    let start = position
    text.append(quote)
    advance()
    while true {
      guard let byte = raw() else {
        let name =
          switch quote {
          case BashByte.singleQuote: "single quote"
          case BashByte.doubleQuote: "double quote"
          default: "backquote"
          }
        throw error("unterminated \(name)", at: start)
      }
      text.append(byte)
      advance()
      if byte == quote { return }
      if byte == BashByte.backslash, quote != BashByte.singleQuote, let escaped = raw() {
        text.append(escaped)
        advance()
      }
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  /// Without the blanks and line breaks it starts with (bash keeps the rest of a `for ((…))`
  /// clause as written: `for ((i = 0 ; …))` prints `i = 0 `).
  var trimmingLeadingBlanks: String {
    let utf8 = self.utf8
    guard let first = utf8.firstIndex(where: { !(BashByte.isBlank($0) || $0 == BashByte.newline) })
    else { return "" }
    return String(self[first...])
  }

  var trimmingBlanks: String {
    let utf8 = self.utf8
    func isBlank(_ byte: UInt8) -> Bool {
      BashByte.isBlank(byte) || byte == BashByte.newline
    }
    guard let first = utf8.firstIndex(where: { !isBlank($0) }),
      let last = utf8.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(self[first...last])
  }
}
