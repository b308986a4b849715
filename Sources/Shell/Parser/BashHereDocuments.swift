// Here-documents: `<<DELIM` registers a pending document; its body starts after the next
// newline token (several documents on one line are read in order), and once the whole text is
// parsed every body is attached to its redirection.

/// A here-document whose operator has been read and whose body has not.
struct BashPendingHereDocument {
  var redirectPosition: BashPosition
  /// The delimiter word as written.
  var delimiterSource: [UInt8]
  /// A quoted delimiter makes the body literal text.
  var quoted: Bool
  /// `<<-`: leading tabs are removed from body lines and from the delimiter line.
  var stripTabs: Bool

  /// The delimiter after quote removal.
  var delimiter: [UInt8] {
    var result: [UInt8] = []
    var index = 0
    var quote: UInt8?
    while index < delimiterSource.count {
      let byte = delimiterSource[index]
      index += 1
      if quote == BashByte.singleQuote {
        if byte == BashByte.singleQuote {
          quote = nil
        } else {
          result.append(byte)
        }
        continue
      }
      switch byte {
      case BashByte.singleQuote where quote == nil:
        quote = byte
      case BashByte.doubleQuote:
        quote = quote == nil ? byte : nil
      case BashByte.backslash where index < delimiterSource.count:
        result.append(delimiterSource[index])
        index += 1
      default:
        result.append(byte)
      }
    }
    return result
  }

  var neverEnds: BashSyntaxError {
    let name = String(decoding: delimiter, as: UTF8.self)
    return BashSyntaxError(
      position: redirectPosition, message: "here-document delimited by '\(name)' never ends")
  }
}

extension BashSyntaxParser {
  /// Reads the bodies of the pending here-documents; the cursor is just after a newline.
  mutating func readPendingHereDocuments() throws(BashSyntaxError) {
    guard !pendingHereDocuments.isEmpty else { return }
    let pending = pendingHereDocuments
    pendingHereDocuments = []
    for document in pending {
      try readHereDocument(document)
    }
  }

  private mutating func readHereDocument(_ document: BashPendingHereDocument)
    throws(BashSyntaxError)
  {
    let delimiter = document.delimiter
    let bodyStart = offset
    let bodyPosition = position
    let (bodyLine, bodyColumn) = (line, column)
    var bodyEnd: Int
    while true {
      guard offset < end else { throw document.neverEnds }
      let lineStart = offset
      var lineEnd = lineStart
      while lineEnd < end, bytes[lineEnd] != BashByte.newline {
        lineEnd += 1
      }
      var contentStart = lineStart
      if document.stripTabs {
        while contentStart < lineEnd, bytes[contentStart] == BashByte.tab {
          contentStart += 1
        }
      }
      let isDelimiter = bytes[contentStart..<lineEnd].elementsEqual(delimiter)
      while offset <= lineEnd, offset < end {
        advance()
      }
      if isDelimiter {
        bodyEnd = lineStart
        break
      }
    }

    let (resumeOffset, resumeLine, resumeColumn, resumeEnd) = (offset, line, column, end)
    (offset, line, column, end) = (bodyStart, bodyLine, bodyColumn, bodyEnd)
    let parts: [BashWordPart]
    if document.quoted {
      parts = literalHereDocumentBody(stripTabs: document.stripTabs)
    } else {
      parts = try parseHereDocumentBody(stripTabs: document.stripTabs)
    }
    (offset, line, column, end) = (resumeOffset, resumeLine, resumeColumn, resumeEnd)
    // The body as written (leading tabs removed for `<<-`), which `declare -f` prints.
    var text: [UInt8] = []
    var atLineStart = true
    for byte in bytes[bodyStart..<bodyEnd] {
      if atLineStart, document.stripTabs, byte == BashByte.tab { continue }
      atLineStart = byte == BashByte.newline
      text.append(byte)
    }
    hereDocumentBodies[document.redirectPosition] = BashWord(
      position: bodyPosition, parts: parts, text: String(decoding: text, as: UTF8.self))
  }

  /// The body of a here-document with a quoted delimiter: text as written.
  private func literalHereDocumentBody(stripTabs: Bool) -> [BashWordPart] {
    var text: [UInt8] = []
    var atLineStart = true
    for byte in bytes[offset..<end] {
      if stripTabs, atLineStart, byte == BashByte.tab { continue }
      atLineStart = byte == BashByte.newline
      text.append(byte)
    }
    return text.isEmpty ? [] : [.literal(String(decoding: text, as: UTF8.self))]
  }

  /// The body of a here-document with an unquoted delimiter: `$…` and backquote expansions
  /// are live; quotes are plain text; `\$`, `` \` `` and `\\` are kept as written.
  private mutating func parseHereDocumentBody(stripTabs: Bool) throws(BashSyntaxError)
    -> [BashWordPart]
  {
    var parts: [BashWordPart] = []
    var literal: [UInt8] = []
    func flush() {
      if !literal.isEmpty {
        parts.append(.literal(String(decoding: literal, as: UTF8.self)))
        literal.removeAll(keepingCapacity: true)
      }
    }
    var atLineStart = true
    while offset < end {
      let byte = bytes[offset]
      if stripTabs, atLineStart, byte == BashByte.tab {
        advance()
        continue
      }
      atLineStart = false
      switch byte {
      case BashByte.backslash:
        if raw(1) == BashByte.newline {
          advance()
          advance()
          continue
        }
        literal.append(byte)
        advance()
        if let escaped = raw(),
          escaped == BashByte.dollar || escaped == BashByte.backquote
            || escaped == BashByte.backslash
        {
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
        parts.append(try parseBackquote(inDoubleQuotes: false))
      default:
        literal.append(byte)
        advance()
        atLineStart = byte == BashByte.newline
      }
    }
    flush()
    return parts
  }

  /// Puts every body read during the parse into its redirection.
  func attachHereDocuments(to statements: inout [BashStatement]) {
    for index in statements.indices {
      attach(to: &statements[index])
    }
  }

  private func attach(to statement: inout BashStatement) {
    for index in statement.redirects.indices {
      let op = statement.redirects[index].op
      if op == .hereDocument || op == .hereDocumentStripTabs,
        let body = hereDocumentBodies[statement.redirects[index].position]
      {
        statement.redirects[index].hereDocument = body
      }
      attach(to: &statement.redirects[index].word)
    }
    if var command = statement.command {
      attach(to: &command)
      statement.command = command
    }
  }

  private func attach(to command: inout BashCommand) {
    switch command {
    case .call(var assignments, var arguments):
      attach(to: &assignments)
      attach(to: &arguments)
      command = .call(assignments: assignments, arguments: arguments)
    case .list(var first, var links):
      attach(to: &first)
      for index in links.indices {
        attach(to: &links[index].statement)
      }
      command = .list(first, links)
    case .subshell(var body, let position):
      attachHereDocuments(to: &body)
      command = .subshell(body, position: position)
    case .block(var body, let position):
      attachHereDocuments(to: &body)
      command = .block(body, position: position)
    case .ifClause(var clause):
      attach(to: &clause)
      command = .ifClause(clause)
    case .whileClause(var condition, var body, let until, let position):
      attachHereDocuments(to: &condition)
      attachHereDocuments(to: &body)
      command = .whileClause(condition: condition, body: body, until: until, position: position)
    case .forClause(let variable, var items, var body, let position):
      if var words = items {
        attach(to: &words)
        items = words
      }
      attachHereDocuments(to: &body)
      command = .forClause(variable: variable, items: items, body: body, position: position)
    case .cStyleFor(let initializer, let condition, let post, var body, let position):
      attachHereDocuments(to: &body)
      command = .cStyleFor(
        initializer: initializer, condition: condition, post: post, body: body,
        position: position)
    case .caseClause(var clause):
      attach(to: &clause.subject)
      for index in clause.items.indices {
        attach(to: &clause.items[index].patterns)
        attachHereDocuments(to: &clause.items[index].body)
      }
      command = .caseClause(clause)
    case .function(let name, var body, let position):
      attach(to: &body)
      command = .function(name: name, body: body, position: position)
    case .declaration(let variant, var options, var assignments, let position):
      attach(to: &options)
      attach(to: &assignments)
      command = .declaration(
        variant: variant, options: options, assignments: assignments, position: position)
    case .test(var expression, let position):
      attach(to: &expression)
      command = .test(expression, position: position)
    case .arithmetic:
      break
    }
  }

  private func attach(to clause: inout BashIf) {
    attachHereDocuments(to: &clause.condition)
    attachHereDocuments(to: &clause.then)
    for index in clause.otherwise.indices {
      attach(to: &clause.otherwise[index])
    }
  }

  private func attach(to expression: inout BashTestExpression) {
    switch expression {
    case .word(var word):
      attach(to: &word)
      expression = .word(word)
    case .unary(let op, var operand):
      attach(to: &operand)
      expression = .unary(op: op, operand)
    case .binary(let op, var left, var right):
      attach(to: &left)
      attach(to: &right)
      expression = .binary(op: op, left, right)
    case .andOr(var first, var links):
      attach(to: &first)
      for index in links.indices {
        attach(to: &links[index].operand)
      }
      expression = .andOr(first, links)
    case .paren(var inner):
      attach(to: &inner)
      expression = .paren(inner)
    }
  }

  private func attach(to assignments: inout [BashAssignment]) {
    for index in assignments.indices {
      if var value = assignments[index].value {
        attach(to: &value)
        assignments[index].value = value
      }
      if var array = assignments[index].array {
        attach(to: &array)
        assignments[index].array = array
      }
    }
  }

  private func attach(to words: inout [BashWord]) {
    for index in words.indices {
      attach(to: &words[index])
    }
  }

  private func attach(to word: inout BashWord) {
    attach(to: &word.parts)
  }

  private func attach(to parts: inout [BashWordPart]) {
    for index in parts.indices {
      switch parts[index] {
      case .doubleQuoted(var inner):
        attach(to: &inner)
        parts[index] = .doubleQuoted(inner)
      case .parameter(var expansion):
        if var operation = expansion.operation, var word = operation.word {
          attach(to: &word)
          operation.word = word
          expansion.operation = operation
        }
        if var replacement = expansion.replacement {
          if var pattern = replacement.pattern {
            attach(to: &pattern)
            replacement.pattern = pattern
          }
          if var with = replacement.with {
            attach(to: &with)
            replacement.with = with
          }
          expansion.replacement = replacement
        }
        parts[index] = .parameter(expansion)
      case .commandSubstitution(var statements, let position):
        attachHereDocuments(to: &statements)
        parts[index] = .commandSubstitution(statements, position: position)
      case .processSubstitution(let output, var statements):
        attachHereDocuments(to: &statements)
        parts[index] = .processSubstitution(output: output, statements)
      case .literal, .singleQuoted, .arithmetic:
        break
      }
    }
  }
}
