// Statement lists, `&&`/`||` lists, pipelines, simple commands with their assignments and
// redirections, declarations (`export`, `local`, …) and function definitions.

extension BashSyntaxParser {
  /// Parses statements separated by `;`, `&` or newlines, up to the end of input or one of the
  /// terminators in `listEnd`, which is left unconsumed.
  mutating func parseStatementList(_ listEnd: BashListEnd) throws(BashSyntaxError)
    -> [BashStatement]
  {
    var statements: [BashStatement] = []
    while true {
      try skipLinebreaks()
      guard let byte = peek() else { break }
      if byte == BashByte.closeParen {
        if listEnd.closeParen { break }
        throw unexpected()
      }
      if caseTerminatorAhead() != nil {
        if listEnd.caseItem { break }
        throw unexpected()
      }
      if let keyword = keywordAhead(), keyword.endsList {
        if listEnd.keywords.contains(keyword) { break }
        throw unexpected()
      }
      var statement = try parseAndOrList()
      skipBlanksAndComment()
      switch peek() {
      case BashByte.semicolon where caseTerminatorAhead() == nil:
        advance()
      case BashByte.ampersand:
        advance()
        statement.background = true
      case nil, BashByte.newline, BashByte.closeParen, BashByte.semicolon:
        break
      default:
        // A compound command may be followed directly by a reserved word: `{ a; } fi`.
        guard let keyword = keywordAhead(), keyword.endsList else { throw unexpected() }
      }
      statements.append(statement)
    }
    return statements
  }

  /// `pipeline [&& pipeline | || pipeline]…`, left-associative, read into one flat list.
  mutating func parseAndOrList() throws(BashSyntaxError) -> BashStatement {
    let first = try parsePipeline()
    var links: [BashListLink] = []
    while true {
      skipBlanks()
      let op: BashBinaryOperator
      if lookingAt("&&") {
        op = .and
      } else if lookingAt("||") {
        op = .or
      } else {
        break
      }
      let operatorPosition = position
      advance(by: 2)
      try skipLinebreaks()
      try requireCommand(after: op.rawValue, at: operatorPosition)
      links.append(BashListLink(op, try parsePipeline(), position: operatorPosition))
    }
    if links.isEmpty { return first }
    return BashStatement(position: first.position, command: .list(first, links))
  }

  /// `[!] command [| command | |& command]…`, one flat list; `!` negates the whole pipeline.
  mutating func parsePipeline() throws(BashSyntaxError) -> BashStatement {
    skipBlanks()
    let start = position
    var negated = false
    if keywordAhead() == .bang {
      advance()
      negated = true
      skipBlanks()
      try requireCommand(after: "!", at: start)
    }
    var left = try parseCommandStatement()
    var links: [BashListLink] = []
    while true {
      skipBlanks()
      guard peek() == BashByte.pipe, lookahead(1) != BashByte.pipe else { break }
      let operatorPosition = position
      let op: BashBinaryOperator = lookahead(1) == BashByte.ampersand ? .pipeAll : .pipe
      advance(by: op.rawValue.utf8.count)
      try skipLinebreaks()
      try requireCommand(after: op.rawValue, at: operatorPosition)
      links.append(BashListLink(op, try parseCommandStatement(), position: operatorPosition))
    }
    if !links.isEmpty {
      left = BashStatement(position: left.position, command: .list(left, links))
    }
    if negated {
      left.negated = true
      left.position = start
    }
    return left
  }

  /// One command with its redirections: a compound command or a simple command.
  mutating func parseCommandStatement() throws(BashSyntaxError) -> BashStatement {
    skipBlanks()
    let start = position
    let command: BashCommand
    if let keyword = keywordAhead() {
      switch keyword {
      case .if:
        command = .ifClause(try nested { parser throws(BashSyntaxError) in try parser.parseIf() })
      case .while, .until:
        command = try nested { parser throws(BashSyntaxError) in try parser.parseWhile() }
      case .for:
        command = try nested { parser throws(BashSyntaxError) in try parser.parseFor() }
      case .case:
        command = .caseClause(
          try nested { parser throws(BashSyntaxError) in try parser.parseCase() })
      case .openBrace:
        command = try nested { parser throws(BashSyntaxError) in try parser.parseBlock() }
      case .openTest:
        command = try nested { parser throws(BashSyntaxError) in try parser.parseTestClause() }
      case .function:
        command = try nested { parser throws(BashSyntaxError) in
          try parser.parseFunctionKeyword()
        }
      case .bang, .then, .elif, .else, .fi, .do, .done, .esac, .closeBrace:
        throw unexpected()
      case .select:
        throw error("'select' loops are not supported", at: start)
      case .in:
        return try parseSimpleCommand()
      }
    } else if peek() == BashByte.openParen {
      if lookahead(1) == BashByte.openParen {
        command = try parseArithmeticCommand()
      } else {
        command = try nested { parser throws(BashSyntaxError) in try parser.parseSubshell() }
      }
    } else {
      return try parseSimpleCommand()
    }
    var statement = BashStatement(position: start, command: command)
    if case .function = command {
      return statement
    }
    while true {
      skipBlanks()
      guard let redirect = try parseRedirectIfPresent() else { break }
      statement.redirects.append(redirect)
    }
    return statement
  }

  /// Assignments, words and redirections up to a metacharacter; `export`/`local`/… make a
  /// declaration, and `name()` starts a function definition.
  mutating func parseSimpleCommand() throws(BashSyntaxError) -> BashStatement {
    let start = position
    var assignments: [BashAssignment] = []
    var words: [BashWord] = []
    var redirects: [BashRedirect] = []
    var declaration: (variant: String, position: BashPosition)?
    var options: [BashWord] = []
    while true {
      skipBlanks()
      guard let byte = peek(), byte != BashByte.hash else { break }
      if let redirect = try parseRedirectIfPresent() {
        redirects.append(redirect)
        continue
      }
      if byte == BashByte.openParen, words.count == 1, assignments.isEmpty,
        declaration == nil
      {
        return try parseFunctionDefinition(name: words[0], start: start)
      }
      if BashByte.isMeta(byte), !processSubstitutionAhead() { break }
      if words.isEmpty, assignmentAhead() {
        assignments.append(try parseAssignment())
        continue
      }
      if declaration != nil {
        guard let word = try parseWord(.command) else { break }
        if let name = word.plainLiteral, BashByte.isName(name) {
          assignments.append(BashAssignment(position: word.position, name: name, value: nil))
        } else {
          options.append(word)
        }
        continue
      }
      if words.isEmpty, assignments.isEmpty, let builtin = declarationBuiltinAhead() {
        declaration = (builtin.rawValue, position)
        advance(by: builtin.rawValue.utf8.count)
        continue
      }
      guard let word = try parseWord(.command) else { break }
      words.append(word)
    }
    let command: BashCommand?
    if let declaration {
      command = .declaration(
        variant: declaration.variant, options: options, assignments: assignments,
        position: declaration.position)
    } else if assignments.isEmpty, words.isEmpty {
      guard !redirects.isEmpty else { throw unexpected() }
      command = nil
    } else {
      command = .call(assignments: assignments, arguments: words)
    }
    return BashStatement(position: start, command: command, redirects: redirects)
  }

  /// `NAME=`, `NAME+=` or `NAME[…]=` ahead.
  func assignmentAhead() -> Bool {
    var index = offset
    guard index < end, BashByte.isNameStart(bytes[index]) else { return false }
    while index < end, BashByte.isNameCharacter(bytes[index]) {
      index += 1
    }
    if index < end, bytes[index] == BashByte.openBracket {
      var depth = 0
      while index < end {
        let byte = bytes[index]
        if byte == BashByte.openBracket {
          depth += 1
        } else if byte == BashByte.closeBracket {
          depth -= 1
          if depth == 0 { break }
        } else if byte == BashByte.newline {
          return false
        }
        index += 1
      }
      index += 1
    }
    if index < end, bytes[index] == BashByte.plus {
      index += 1
    }
    return index < end && bytes[index] == BashByte.equals
  }

  /// `NAME=word`, `NAME+=word`, `NAME[index]=word`, `NAME=(words…)`.
  mutating func parseAssignment() throws(BashSyntaxError) -> BashAssignment {
    let start = position
    var name: [UInt8] = []
    while let byte = peek(), BashByte.isNameCharacter(byte) {
      name.append(byte)
      advance()
    }
    var index: String?
    if peek() == BashByte.openBracket {
      let bracketPosition = position
      advance()
      index = try scanExpressionText(until: .bracket, opener: "[", at: bracketPosition)
      advance()
    }
    var append = false
    if peek() == BashByte.plus {
      append = true
      advance()
    }
    advance()  // =
    var assignment = BashAssignment(
      position: start, name: String(decoding: name, as: UTF8.self), value: nil, append: append)
    assignment.index = index
    if peek() == BashByte.openParen {
      let openPosition = position
      advance()
      var elements: [BashWord] = []
      while true {
        try skipLinebreaks()
        guard let byte = peek() else {
          throw error(
            "expected ')' to close the array at \(openPosition.line):\(openPosition.column)",
            at: position)
        }
        if byte == BashByte.closeParen {
          advance()
          break
        }
        guard let element = try parseWord(.command) else { throw unexpected() }
        elements.append(element)
      }
      assignment.array = elements
    } else {
      assignment.value = try parseWord(.command) ?? BashWord(position: position, parts: [])
    }
    return assignment
  }

  /// `name() compound-command`, after `name` has been read as the first word.
  mutating func parseFunctionDefinition(name: BashWord, start: BashPosition)
    throws(BashSyntaxError) -> BashStatement
  {
    guard let functionName = name.plainLiteral else {
      throw error("invalid function name", at: name.position)
    }
    let openPosition = position
    advance()  // (
    skipBlanks()
    guard peek() == BashByte.closeParen else {
      throw error("unexpected '(' after a command word", at: openPosition)
    }
    advance()
    let body = try parseFunctionBody(name: functionName)
    return BashStatement(
      position: start,
      command: .function(name: functionName, body: body, position: name.position))
  }

  /// `function name [()] compound-command`.
  mutating func parseFunctionKeyword() throws(BashSyntaxError) -> BashCommand {
    let start = position
    advance(by: BashKeyword.function.rawValue.utf8.count)
    skipBlanks()
    guard let nameWord = try parseWord(.command), let name = nameWord.plainLiteral else {
      throw error("expected a function name after 'function'", at: position)
    }
    skipBlanks()
    if peek() == BashByte.openParen {
      advance()
      skipBlanks()
      guard peek() == BashByte.closeParen else {
        throw error("expected ')' after '\(name)('", at: position)
      }
      advance()
    }
    return .function(name: name, body: try parseFunctionBody(name: name), position: start)
  }

  mutating func parseFunctionBody(name: String) throws(BashSyntaxError) -> BashStatement {
    try skipLinebreaks()
    let body = try parseCommandStatement()
    switch body.command {
    case .block, .subshell, .ifClause, .whileClause, .forClause, .cStyleFor, .caseClause, .test,
      .arithmetic:
      return body
    default:
      throw error("expected a compound command as the body of '\(name)'", at: body.position)
    }
  }

  /// A redirection, if one starts here: `[n]>word`, `[n]>>word`, `[n]<word`, `[n]>&n`,
  /// `&>word`, `<<<word`, `<<DELIM` (the body is read after the end of the line).
  mutating func parseRedirectIfPresent() throws(BashSyntaxError) -> BashRedirect? {
    let digits = descriptorLength()
    guard let op = redirectOperator(at: digits) else { return nil }
    let start = position
    var descriptor: String?
    if digits > 0 {
      var text: [UInt8] = []
      for _ in 0..<digits {
        text.append(peek() ?? 0)
        advance()
      }
      descriptor = String(decoding: text, as: UTF8.self)
    }
    advance(by: op.rawValue.utf8.count)
    skipBlanks()
    let wordStart = offset
    guard let word = try parseWord(.command) else {
      let what =
        op == .hereDocument || op == .hereDocumentStripTabs
        ? "a here-document delimiter" : "a word"
      throw error("expected \(what) after '\(op.rawValue)', found \(describeAhead())", at: position)
    }
    let redirect = BashRedirect(position: start, descriptor: descriptor, op: op, word: word)
    if op == .hereDocument || op == .hereDocumentStripTabs {
      pendingHereDocuments.append(
        BashPendingHereDocument(
          redirectPosition: start,
          delimiterSource: Array(bytes[wordStart..<offset]),
          quoted: word.hasQuoting,
          stripTabs: op == .hereDocumentStripTabs))
    }
    return redirect
  }

  /// The length of the file descriptor ahead: digits (`2>`) or a variable in braces (`{fd}>`).
  func descriptorLength() -> Int {
    var length = 0
    if lookahead(0) == BashByte.openBrace {
      length = 1
      while let byte = lookahead(length), BashByte.isNameCharacter(byte) {
        length += 1
      }
      guard length > 1, lookahead(length) == BashByte.closeBrace else { return 0 }
      return length + 1
    }
    while let byte = lookahead(length), BashByte.isDigit(byte) {
      length += 1
    }
    return length
  }

  /// The redirection operator `distance` bytes ahead, if any (`<(` and `>(` are words).
  func redirectOperator(at distance: Int) -> BashRedirectOperator? {
    let first = lookahead(distance)
    let second = lookahead(distance + 1)
    let third = lookahead(distance + 2)
    switch first {
    case BashByte.less:
      switch second {
      case BashByte.less:
        if third == BashByte.less { return .hereString }
        return third == BashByte.minus ? .hereDocumentStripTabs : .hereDocument
      case BashByte.ampersand: return .duplicateInput
      case BashByte.greater: return .readWrite
      case BashByte.openParen: return distance == 0 ? nil : .input
      default: return .input
      }
    case BashByte.greater:
      switch second {
      case BashByte.greater: return .append
      case BashByte.ampersand: return .duplicateOutput
      case BashByte.pipe: return .clobber
      case BashByte.openParen: return distance == 0 ? nil : .output
      default: return .output
      }
    case BashByte.ampersand where distance == 0 && second == BashByte.greater:
      return third == BashByte.greater ? .appendAll : .outputAll
    default:
      return nil
    }
  }
}

extension BashWord {
  /// The word's text when it is a single unquoted literal without escapes.
  var plainLiteral: String? {
    guard parts.count == 1, case .literal(let text) = parts[0],
      !text.utf8.contains(BashByte.backslash)
    else { return nil }
    return text
  }

  /// Whether any part is quoted or escaped (a quoted here-document delimiter).
  var hasQuoting: Bool {
    parts.contains { part in
      switch part {
      case .singleQuoted, .doubleQuoted:
        return true
      case .literal(let text):
        return text.utf8.contains(BashByte.backslash)
      default:
        return false
      }
    }
  }
}
