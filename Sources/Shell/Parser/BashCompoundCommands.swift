// Compound commands: `if`, `while`/`until`, `for`, `case`, `{ … }`, `( … )` and `(( … ))`.

extension BashSyntaxParser {
  /// `if list; then list; [elif list; then list;]… [else list;] fi`; each `elif` or `else`
  /// becomes the `otherwise` of the branch before it.
  mutating func parseIf() throws(BashSyntaxError) -> BashIf {
    let ifPosition = position
    var branches: [BashIf] = []
    var keyword = BashKeyword.if
    while true {
      let start = position
      advance(by: keyword.rawValue.utf8.count)
      let condition = try parseNonEmptyList(after: keyword, at: start, ending: [.then])
      let thenPosition = try expectKeyword(.then, closing: keyword.rawValue, at: start)
      let body = try parseNonEmptyList(
        after: .then, at: thenPosition, ending: [.elif, .else, .fi])
      branches.append(BashIf(position: start, condition: condition, then: body))
      guard keywordAhead() == .elif else { break }
      keyword = .elif
    }
    if keywordAhead() == .else {
      let elsePosition = position
      advance(by: BashKeyword.else.rawValue.utf8.count)
      let elseBody = try parseNonEmptyList(after: .else, at: elsePosition, ending: [.fi])
      branches.append(BashIf(position: elsePosition, condition: [], then: elseBody))
    }
    try expectKeyword(.fi, closing: "if", at: ifPosition)
    var clause = branches.removeLast()
    while var outer = branches.popLast() {
      outer.otherwise = [clause]
      clause = outer
    }
    return clause
  }

  /// A statement list that must hold at least one statement, as bash requires after `if`,
  /// `then`, `do`, ….
  private mutating func parseNonEmptyList(
    after keyword: BashKeyword, at keywordPosition: BashPosition, ending: [BashKeyword]
  ) throws(BashSyntaxError) -> [BashStatement] {
    let statements = try parseStatementList(BashListEnd(keywords: ending))
    guard !statements.isEmpty else {
      try skipLinebreaks()
      throw error(
        "expected a command after '\(keyword.rawValue)' at "
          + "\(keywordPosition.line):\(keywordPosition.column), found \(describeAhead())",
        at: position)
    }
    return statements
  }

  /// `while list; do list; done` and `until list; do list; done`.
  mutating func parseWhile() throws(BashSyntaxError) -> BashCommand {
    let start = position
    let keyword: BashKeyword = keywordAhead() == .until ? .until : .while
    advance(by: keyword.rawValue.utf8.count)
    let condition = try parseNonEmptyList(after: keyword, at: start, ending: [.do])
    let body = try parseDoGroup(closing: keyword.rawValue, at: start)
    return .whileClause(
      condition: condition, body: body, until: keyword == .until, position: start)
  }

  /// `do list; done` (or, after `for`, `{ list; }`, which bash also accepts).
  private mutating func parseDoGroup(closing opener: String, at openerPosition: BashPosition)
    throws(BashSyntaxError) -> [BashStatement]
  {
    try skipLinebreaks()
    if opener == "for", keywordAhead() == .openBrace {
      let bracePosition = position
      advance()
      let body = try parseNonEmptyList(after: .openBrace, at: bracePosition, ending: [.closeBrace])
      try expectKeyword(.closeBrace, closing: "{", at: bracePosition)
      return body
    }
    let doPosition = try expectKeyword(.do, closing: opener, at: openerPosition)
    let body = try parseNonEmptyList(after: .do, at: doPosition, ending: [.done])
    try expectKeyword(.done, closing: opener, at: openerPosition)
    return body
  }

  /// `for NAME [in WORDS…]; do list; done` and `for ((init; cond; post)); do list; done`.
  mutating func parseFor() throws(BashSyntaxError) -> BashCommand {
    let start = position
    advance(by: BashKeyword.for.rawValue.utf8.count)
    skipBlanks()
    if lookingAt("((") {
      let openPosition = position
      advance(by: 2)
      let text = try scanExpressionText(
        until: .doubleParen, opener: "((", at: openPosition, trimming: false)
      advance(by: 2)
      let clauses = splitForClauses(text)
      guard clauses.count == 3 else {
        throw error("expected three expressions separated by ';' in 'for (('", at: openPosition)
      }
      skipBlanks()
      if peek() == BashByte.semicolon {
        advance()
      }
      let body = try parseDoGroup(closing: "for", at: start)
      return .cStyleFor(
        initializer: clauses[0], condition: clauses[1], post: clauses[2], body: body,
        position: start)
    }
    guard let nameWord = try parseWord(.command), let name = nameWord.plainLiteral,
      BashByte.isName(name)
    else {
      throw error("expected a variable name after 'for'", at: position)
    }
    skipBlanks()
    if peek() == BashByte.semicolon {
      advance()
    }
    try skipLinebreaks()
    var items: [BashWord]?
    if keywordAhead() == .in {
      advance(by: BashKeyword.in.rawValue.utf8.count)
      var words: [BashWord] = []
      while true {
        skipBlanks()
        guard let byte = peek(), byte != BashByte.hash else { break }
        if byte == BashByte.semicolon || byte == BashByte.newline { break }
        guard let word = try parseWord(.command) else { throw unexpected() }
        words.append(word)
      }
      skipBlanksAndComment()
      if peek() == BashByte.semicolon {
        advance()
      }
      items = words
    }
    let body = try parseDoGroup(closing: "for", at: start)
    return .forClause(variable: name, items: items, body: body, position: start)
  }

  /// Splits the text of `for ((…))` at its top-level semicolons.
  private func splitForClauses(_ text: String) -> [String] {
    var clauses: [String] = []
    var current: [UInt8] = []
    var depth = 0
    var quote: UInt8?
    for byte in text.utf8 {
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == BashByte.singleQuote || byte == BashByte.doubleQuote {
        quote = byte
      } else if byte == BashByte.openParen {
        depth += 1
      } else if byte == BashByte.closeParen {
        depth -= 1
      } else if byte == BashByte.semicolon, depth == 0 {
        clauses.append(String(decoding: current, as: UTF8.self).trimmingLeadingBlanks)
        current = []
        continue
      }
      current.append(byte)
    }
    clauses.append(String(decoding: current, as: UTF8.self).trimmingLeadingBlanks)
    return clauses
  }

  /// `case WORD in [(]pattern[|pattern]…) list ;; … esac`.
  mutating func parseCase() throws(BashSyntaxError) -> BashCase {
    let start = position
    advance(by: BashKeyword.case.rawValue.utf8.count)
    skipBlanks()
    guard let subject = try parseWord(.command) else {
      throw error("expected a word after 'case', found \(describeAhead())", at: position)
    }
    try skipLinebreaks()
    guard keywordAhead() == .in else {
      throw error(
        "expected 'in' after the word of 'case' at \(start.line):\(start.column), "
          + "found \(describeAhead())",
        at: position)
    }
    advance(by: BashKeyword.in.rawValue.utf8.count)
    var items: [BashCase.Item] = []
    while true {
      try skipLinebreaks()
      if keywordAhead() == .esac {
        advance(by: BashKeyword.esac.rawValue.utf8.count)
        break
      }
      if isAtEnd {
        throw error(
          "expected 'esac' to close 'case' at \(start.line):\(start.column)", at: position)
      }
      if peek() == BashByte.openParen {
        advance()
      }
      var patterns: [BashWord] = []
      while true {
        skipBlanks()
        guard let pattern = try parseWord(.command) else {
          throw error("expected a case pattern, found \(describeAhead())", at: position)
        }
        patterns.append(pattern)
        skipBlanks()
        if peek() == BashByte.pipe {
          advance()
          continue
        }
        guard peek() == BashByte.closeParen else {
          throw error("expected ')' after a case pattern, found \(describeAhead())", at: position)
        }
        advance()
        break
      }
      let body = try parseStatementList(BashListEnd(keywords: [.esac], caseItem: true))
      var item = BashCase.Item(patterns: patterns, body: body)
      if let terminator = caseTerminatorAhead() {
        advance(by: terminator.utf8.count)
        item.terminator = terminator
      }
      items.append(item)
    }
    return BashCase(position: start, subject: subject, items: items)
  }

  /// `{ list; }`.
  mutating func parseBlock() throws(BashSyntaxError) -> BashCommand {
    let start = position
    advance()
    let body = try parseStatementList(BashListEnd(keywords: [.closeBrace]))
    try expectKeyword(.closeBrace, closing: "{", at: start)
    return .block(body, position: start)
  }

  /// `( list )`.
  mutating func parseSubshell() throws(BashSyntaxError) -> BashCommand {
    let start = position
    advance()
    let body = try parseStatementList(BashListEnd(closeParen: true))
    try expectCloseParen(closing: "(", at: start)
    return .subshell(body, position: start)
  }

  /// Consumes the `)` that closes `opener`.
  mutating func expectCloseParen(closing opener: String, at openerPosition: BashPosition)
    throws(BashSyntaxError)
  {
    guard peek() == BashByte.closeParen else {
      var message =
        "expected ')' to close '\(opener)' at \(openerPosition.line):\(openerPosition.column)"
      if !isAtEnd {
        message += ", found \(describeAhead())"
      }
      throw error(message, at: position)
    }
    advance()
  }

  /// `(( expression ))`.
  mutating func parseArithmeticCommand() throws(BashSyntaxError) -> BashCommand {
    let start = position
    advance(by: 2)
    let text = try scanExpressionText(
      until: .doubleParen, opener: "((", at: start, trimming: false)
    advance(by: 2)
    return .arithmetic(text, position: start)
  }
}
