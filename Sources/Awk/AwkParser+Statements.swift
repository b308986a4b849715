/// Statements: blocks, `if`, loops, simple statements and `print`/`printf`.
extension AwkParser {
  /// `{ statements }`.
  mutating func parseBlock() throws(AwkError) -> [AwkStatement] {
    try expect("{")
    var statements: [AwkStatement] = []
    skipTerminators()
    while !isSymbol("}") {
      guard token != .end else { throw syntaxError() }
      statements.append(try parseStatement())
      skipTerminators()
    }
    advance()
    return statements
  }

  mutating func parseStatement() throws(AwkError) -> AwkStatement {
    if isSymbol("{") { return .block(try parseBlock()) }
    if accept(";") { return .block([]) }
    if case .keyword(let keyword) = token {
      switch keyword {
      case "if": return try parseIf()
      case "while":
        advance()
        let condition = try parseCondition()
        return .whileLoop(condition, try parseLoopBody())
      case "do": return try parseDo()
      case "for": return try parseFor()
      default: break
      }
    }
    let statement = try parseSimpleStatement()
    try endSimpleStatement()
    return statement
  }

  /// A simple statement ends at `;`, a newline, `}` or the end.
  mutating func endSimpleStatement() throws(AwkError) {
    if accept(";") || token == .newline { return }
    guard isSymbol("}") || token == .end else { throw syntaxError() }
  }

  mutating func parseCondition() throws(AwkError) -> AwkExpression {
    try expect("(")
    let condition = try parseGroupedExpression()
    try expect(")")
    skipNewlines()
    return condition
  }

  mutating func parseLoopBody() throws(AwkError) -> AwkStatement {
    loopDepth += 1
    defer { loopDepth -= 1 }
    return try parseStatement()
  }

  mutating func parseIf() throws(AwkError) -> AwkStatement {
    advance()
    let condition = try parseCondition()
    let then = try parseStatement()
    let mark = position
    skipTerminators()
    if isKeyword("else") {
      advance()
      skipNewlines()
      return .ifElse(condition, then, try parseStatement())
    }
    position = mark
    return .ifElse(condition, then, nil)
  }

  mutating func parseDo() throws(AwkError) -> AwkStatement {
    advance()
    skipNewlines()
    let body = try parseLoopBody()
    skipTerminators()
    guard isKeyword("while") else { throw syntaxError() }
    advance()
    try expect("(")
    let condition = try parseGroupedExpression()
    try expect(")")
    try endSimpleStatement()
    return .doWhile(body, condition)
  }

  mutating func parseFor() throws(AwkError) -> AwkStatement {
    advance()
    try expect("(")
    if case .name(let name) = token, peekToken(1) == .keyword("in"),
      case .name(let array) = peekToken(2), peekToken(3) == .symbol(")")
    {
      advance()
      advance()
      advance()
      advance()
      skipNewlines()
      return .forIn(variable(name), arrayName(array), try parseLoopBody())
    }
    let initial = isSymbol(";") ? nil : try parseSimpleStatement()
    try expect(";")
    skipNewlines()
    let condition = isSymbol(";") ? nil : try parseGroupedExpression()
    try expect(";")
    skipNewlines()
    let step = isSymbol(")") ? nil : try parseSimpleStatement()
    try expect(")")
    skipNewlines()
    return .forLoop(initial, condition, step, try parseLoopBody())
  }

  mutating func parseSimpleStatement() throws(AwkError) -> AwkStatement {
    if case .keyword(let keyword) = token {
      switch keyword {
      case "print", "printf": return try parsePrint(formatted: keyword == "printf")
      case "next":
        advance()
        return .next
      case "exit":
        advance()
        return .exit(startsExpression ? try parseExpression() : nil)
      case "return":
        guard inFunction else { throw error("return outside function body") }
        advance()
        return .returnValue(startsExpression ? try parseExpression() : nil)
      case "break", "continue":
        guard loopDepth > 0 else { throw error("\(keyword) outside a loop") }
        advance()
        return keyword == "break" ? .breakLoop : .continueLoop
      case "delete":
        advance()
        guard case .name(let name) = token else { throw syntaxError() }
        advance()
        if accept("[") {
          let subscripts = try parseExpressionList()
          try expect("]")
          return .delete(arrayName(name), subscripts)
        }
        return .delete(arrayName(name), nil)
      default: break
      }
    }
    return .expression(try parseExpression())
  }

  /// Whether the current token can start an expression.
  var startsExpression: Bool {
    switch token {
    case .number, .string, .regex, .name, .functionName, .builtin: return true
    case .keyword(let keyword): return keyword == "getline"
    case .symbol(let symbol): return ["$", "!", "(", "-", "+", "++", "--"].contains(symbol)
    default: return false
    }
  }

  mutating func parsePrint(formatted: Bool) throws(AwkError) -> AwkStatement {
    advance()
    var arguments: [AwkExpression] = []
    if startsExpression {
      let saved = printContext
      printContext = true
      defer { printContext = saved }
      arguments = try parseExpressionList()
      if arguments.count == 1, case .grouping(let list) = arguments[0] { arguments = list }
    }
    if formatted && arguments.isEmpty { throw syntaxError() }
    var redirection: AwkRedirection?
    if isSymbol(">") || isSymbol(">>") {
      let append = isSymbol(">>")
      advance()
      redirection = AwkRedirection(append: append, target: try parseConcatenation())
    } else if isSymbol("|") {
      throw error("output pipes (print | \"command\") are not supported", kind: .unsupported)
    }
    return formatted ? .printf(arguments, redirection) : .print(arguments, redirection)
  }
}
