/// Expressions, from the loosest binding (assignment) to the tightest (`$`, grouping).
extension AwkParser {
  /// An expression inside parentheses or brackets, where `>` compares again.
  mutating func parseGroupedExpression() throws(AwkError) -> AwkExpression {
    let saved = printContext
    printContext = false
    defer { printContext = saved }
    return try parseExpression()
  }

  /// `e, e, …` (newlines allowed after commas).
  mutating func parseExpressionList() throws(AwkError) -> [AwkExpression] {
    var list = [try parseExpression()]
    while accept(",") {
      skipNewlines()
      list.append(try parseExpression())
    }
    return list
  }

  mutating func parseExpression() throws(AwkError) -> AwkExpression {
    try nest()
    defer { depth -= 1 }
    let start = current
    let left = try parseConditional()
    guard case .symbol(let symbol) = token,
      ["=", "+=", "-=", "*=", "/=", "%=", "^="].contains(symbol)
    else { return left }
    guard case .lvalue(let target) = left else {
      throw AwkError(
        .syntax, "syntax error at or near \(symbol): not assignable", line: start.line,
        column: start.column)
    }
    advance()
    skipNewlines()
    let op = symbol == "=" ? nil : AwkBinaryOperator(rawValue: String(symbol.dropLast()))
    return .assign(target, op, try parseExpression())
  }

  mutating func parseConditional() throws(AwkError) -> AwkExpression {
    let condition = try parseOr()
    guard accept("?") else { return condition }
    skipNewlines()
    let then = try parseExpression()
    skipNewlines()
    try expect(":")
    skipNewlines()
    return .conditional(condition, then, try parseExpression())
  }

  mutating func parseOr() throws(AwkError) -> AwkExpression {
    var left = try parseAnd()
    while accept("||") {
      skipNewlines()
      left = .or(left, try parseAnd())
    }
    return left
  }

  mutating func parseAnd() throws(AwkError) -> AwkExpression {
    var left = try parseIn()
    while accept("&&") {
      skipNewlines()
      left = .and(left, try parseIn())
    }
    return left
  }

  mutating func parseIn() throws(AwkError) -> AwkExpression {
    var left = try parseMatch()
    while isKeyword("in") {
      advance()
      guard case .name(let name) = token else { throw syntaxError() }
      advance()
      if case .grouping(let list) = left {
        left = .member(list, arrayName(name))
      } else {
        left = .member([left], arrayName(name))
      }
    }
    return left
  }

  mutating func parseMatch() throws(AwkError) -> AwkExpression {
    var left = try parseComparison()
    while isSymbol("~") || isSymbol("!~") {
      let negated = isSymbol("!~")
      advance()
      left = .match(left, try parseComparison(), negated: negated)
    }
    return left
  }

  mutating func parseComparison() throws(AwkError) -> AwkExpression {
    let left = try parseConcatenation()
    guard case .symbol(let symbol) = token else { return left }
    let operators: [String: AwkBinaryOperator] = [
      "<": .less, "<=": .lessEqual, "==": .equal, "!=": .notEqual, ">": .greater,
      ">=": .greaterEqual,
    ]
    guard let op = operators[symbol], !(printContext && symbol == ">") else { return left }
    advance()
    return .binary(op, left, try parseConcatenation())
  }

  mutating func parseConcatenation() throws(AwkError) -> AwkExpression {
    var left = try parseAdditive()
    while startsConcatenatedOperand {
      left = .binary(.concatenate, left, try parseAdditive())
    }
    if isSymbol("|"), peekToken(1) == .keyword("getline") {
      throw error("command | getline is not supported: it runs a command", kind: .unsupported)
    }
    return left
  }

  /// Operands that may follow another one directly (not `+`/`-`, which are binary there).
  var startsConcatenatedOperand: Bool {
    switch token {
    case .number, .string, .regex, .name, .functionName, .builtin: return true
    case .keyword(let keyword): return keyword == "getline"
    case .symbol(let symbol): return ["$", "!", "(", "++", "--"].contains(symbol)
    default: return false
    }
  }

  mutating func parseAdditive() throws(AwkError) -> AwkExpression {
    var left = try parseMultiplicative()
    while isSymbol("+") || isSymbol("-") {
      let op: AwkBinaryOperator = isSymbol("+") ? .add : .subtract
      advance()
      left = .binary(op, left, try parseMultiplicative())
    }
    return left
  }

  mutating func parseMultiplicative() throws(AwkError) -> AwkExpression {
    var left = try parseUnary()
    while isSymbol("*") || isSymbol("/") || isSymbol("%") {
      let op: AwkBinaryOperator = isSymbol("*") ? .multiply : isSymbol("/") ? .divide : .modulo
      advance()
      left = .binary(op, left, try parseUnary())
    }
    return left
  }

  mutating func parseUnary() throws(AwkError) -> AwkExpression {
    try nest()
    defer { depth -= 1 }
    if accept("!") { return .unary(.not, try parseUnary()) }
    if accept("-") { return .unary(.minus, try parseUnary()) }
    if accept("+") { return .unary(.plus, try parseUnary()) }
    return try parsePower()
  }

  mutating func parsePower() throws(AwkError) -> AwkExpression {
    let base = try parsePostfix()
    guard accept("^") else { return base }
    // Right-associative, and the exponent may carry a sign: `2^-1`.
    if accept("-") { return .binary(.power, base, .unary(.minus, try parsePowerOperand())) }
    if accept("+") { return .binary(.power, base, .unary(.plus, try parsePowerOperand())) }
    if accept("!") { return .binary(.power, base, .unary(.not, try parsePowerOperand())) }
    return .binary(.power, base, try parsePower())
  }

  private mutating func parsePowerOperand() throws(AwkError) -> AwkExpression {
    if accept("-") { return .unary(.minus, try parsePowerOperand()) }
    if accept("+") { return .unary(.plus, try parsePowerOperand()) }
    return try parsePower()
  }

  mutating func parsePostfix() throws(AwkError) -> AwkExpression {
    if isSymbol("++") || isSymbol("--") {
      let delta: Double = isSymbol("++") ? 1 : -1
      advance()
      let operand = try parsePostfix()
      guard case .lvalue(let target) = operand else { throw syntaxError() }
      return .increment(target, delta: delta, prefix: true)
    }
    let operand = try parsePrimary()
    if case .lvalue(let target) = operand, isSymbol("++") || isSymbol("--") {
      let delta: Double = isSymbol("++") ? 1 : -1
      advance()
      return .increment(target, delta: delta, prefix: false)
    }
    return operand
  }

  mutating func parsePrimary() throws(AwkError) -> AwkExpression {
    let start = current
    switch token {
    case .number(let value):
      advance()
      return .number(value)
    case .string(let bytes):
      advance()
      return .string(AwkBytes(bytes))
    case .regex(let bytes):
      advance()
      return .regex(AwkBytes(bytes))
    case .symbol("$"):
      advance()
      return .lvalue(.field(try parseFieldOperand()))
    case .symbol("("):
      advance()
      let saved = printContext
      printContext = false
      var list = [try parseExpression()]
      while accept(",") {
        skipNewlines()
        list.append(try parseExpression())
      }
      printContext = saved
      try expect(")")
      if list.count == 1 { return list[0] }
      guard isKeyword("in") || (printContext && isEndOfPrintList) else { throw syntaxError() }
      return .grouping(list)
    case .name(let name):
      advance()
      if accept("[") {
        let subscripts = try parseGroupedList()
        try expect("]")
        return .lvalue(.element(arrayName(name), subscripts))
      }
      return .lvalue(variable(name))
    case .functionName(let name):
      advance()
      calls.append((name, start.line, start.column))
      try expect("(")
      let arguments = isSymbol(")") ? [] : try parseGroupedList()
      try expect(")")
      return .call(name, arguments)
    case .builtin(let builtin):
      advance()
      return try parseBuiltinCall(builtin, at: start)
    case .keyword("getline"):
      advance()
      return try parseGetline()
    default:
      throw syntaxError()
    }
  }

  private var isEndOfPrintList: Bool {
    token == .newline || token == .end || isSymbol(";") || isSymbol("}") || isSymbol(">")
      || isSymbol(">>") || isSymbol("|")
  }

  /// What `$` applies to: a primary, or an increment or sign and what follows.
  private mutating func parseFieldOperand() throws(AwkError) -> AwkExpression {
    if isSymbol("++") || isSymbol("--") {
      let delta: Double = isSymbol("++") ? 1 : -1
      advance()
      guard case .lvalue(let target) = try parsePrimary() else { throw syntaxError() }
      return .increment(target, delta: delta, prefix: true)
    }
    if accept("-") { return .unary(.minus, try parseFieldOperand()) }
    if accept("+") { return .unary(.plus, try parseFieldOperand()) }
    if accept("!") { return .unary(.not, try parseFieldOperand()) }
    return try parsePrimary()
  }

  mutating func parseGroupedList() throws(AwkError) -> [AwkExpression] {
    let saved = printContext
    printContext = false
    defer { printContext = saved }
    skipNewlines()
    return try parseExpressionList()
  }

  private mutating func parseGetline() throws(AwkError) -> AwkExpression {
    var target: AwkLValue?
    if isSymbol("$") || { if case .name = token { return true } else { return false } }() {
      guard case .lvalue(let lvalue) = try parsePrimary() else { throw syntaxError() }
      target = lvalue
    }
    guard accept("<") else { return .getline(target, file: nil) }
    return .getline(target, file: try parsePrimaryWithIncrements())
  }

  private mutating func parsePrimaryWithIncrements() throws(AwkError) -> AwkExpression {
    try parsePostfix()
  }

  private mutating func parseBuiltinCall(_ builtin: AwkBuiltin, at start: AwkPositionedToken)
    throws(AwkError) -> AwkExpression
  {
    guard accept("(") else {
      guard builtin == .length else { throw syntaxError() }
      return .builtin(.length, [])
    }
    let arguments = isSymbol(")") ? [] : try parseGroupedList()
    try expect(")")
    let counts: [AwkBuiltin: ClosedRange<Int>] = [
      .length: 0...1, .substr: 2...3, .index: 2...2, .split: 2...3, .sub: 2...3, .gsub: 2...3,
      .match: 2...2, .sprintf: 1...Int.max, .sin: 1...1, .cos: 1...1, .atan2: 2...2,
      .exp: 1...1, .log: 1...1, .sqrt: 1...1, .int: 1...1, .rand: 0...0, .srand: 0...1,
      .tolower: 1...1, .toupper: 1...1, .close: 1...1, .fflush: 0...1,
    ]
    func fail(_ message: String) -> AwkError {
      AwkError(.syntax, message, line: start.line, column: start.column)
    }
    guard counts[builtin]!.contains(arguments.count) else {
      throw fail("wrong number of arguments in call to \(builtin.rawValue)")
    }
    switch builtin {
    case .split:
      guard case .lvalue(.variable) = arguments[1] else {
        guard case .lvalue(.local) = arguments[1] else {
          throw fail("split: second argument is not an array name")
        }
        break
      }
    case .sub, .gsub:
      if arguments.count == 3, case .lvalue = arguments[2] {
      } else if arguments.count == 3 {
        throw fail("\(builtin.rawValue): third argument is not assignable")
      }
    default: break
    }
    return .builtin(builtin, arguments)
  }
}
