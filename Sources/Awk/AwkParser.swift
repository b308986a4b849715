/// Parses awk program text into an `AwkProgram`: items (`BEGIN`, `END`, patterns, functions)
/// and statements here, expressions in `AwkParser+Expressions.swift`.
struct AwkParser {
  var tokens: [AwkPositionedToken]
  var position = 0
  /// The parameters of the function being parsed, by name.
  var parameters: [String: Int] = [:]
  var inFunction = false
  var loopDepth = 0
  /// Expressions and unary operators being parsed inside each other: bounded so that a program
  /// like `((((…))))` thousands deep is an error, not a stack overflow.
  var depth = 0
  static let maximumDepth = 200
  /// In a `print` list outside parentheses `>` redirects instead of comparing.
  var printContext = false
  /// User function calls, checked against the definitions at the end.
  var calls: [(name: String, line: Int, column: Int)] = []

  static func parse(_ source: String) throws(AwkError) -> AwkProgram {
    var parser = AwkParser(tokens: try AwkLexer.tokenize(source))
    return try parser.parseProgram()
  }

  // MARK: - Tokens

  var current: AwkPositionedToken { tokens[position] }
  var token: AwkToken { tokens[position].token }
  func peekToken(_ offset: Int) -> AwkToken {
    tokens[min(position + offset, tokens.count - 1)].token
  }

  mutating func advance() { if position < tokens.count - 1 { position += 1 } }

  func isSymbol(_ symbol: String) -> Bool { token == .symbol(symbol) }
  func isKeyword(_ keyword: String) -> Bool { token == .keyword(keyword) }

  mutating func accept(_ symbol: String) -> Bool {
    guard isSymbol(symbol) else { return false }
    advance()
    return true
  }

  mutating func expect(_ symbol: String) throws(AwkError) {
    guard accept(symbol) else { throw syntaxError() }
  }

  mutating func skipNewlines() {
    while token == .newline { advance() }
  }

  mutating func skipTerminators() {
    while token == .newline || isSymbol(";") { advance() }
  }

  mutating func nest() throws(AwkError) {
    depth += 1
    if depth > Self.maximumDepth { throw error("expression nested too deeply") }
  }

  func error(_ message: String, kind: AwkError.Kind = .syntax) -> AwkError {
    AwkError(kind, message, line: current.line, column: current.column)
  }

  func syntaxError() -> AwkError {
    error("syntax error at or near \(describe(token))")
  }

  func describe(_ token: AwkToken) -> String {
    switch token {
    case .newline: return "end of line"
    case .end: return "end of file"
    case .number(let value): return AwkNumber.integerText(value) ?? "\(value)"
    case .string(let bytes): return "\"" + String(decoding: bytes, as: UTF8.self) + "\""
    case .regex(let bytes): return "/" + String(decoding: bytes, as: UTF8.self) + "/"
    case .name(let name), .functionName(let name), .keyword(let name), .symbol(let name):
      return name
    case .builtin(let builtin): return builtin.rawValue
    }
  }

  // MARK: - Items

  mutating func parseProgram() throws(AwkError) -> AwkProgram {
    var program = AwkProgram()
    skipTerminators()
    while token != .end {
      try parseItem(into: &program)
      skipTerminators()
    }
    for call in calls where program.functions[call.name] == nil {
      throw AwkError(
        .syntax, "function \(call.name) never defined", line: call.line, column: call.column)
    }
    return program
  }

  mutating func parseItem(into program: inout AwkProgram) throws(AwkError) {
    if isKeyword("BEGIN") || isKeyword("END") {
      let isBegin = isKeyword("BEGIN")
      advance()
      guard isSymbol("{") else {
        throw error("\(isBegin ? "BEGIN" : "END") blocks must have an action part")
      }
      let action = try parseBlock()
      if isBegin { program.begin.append(action) } else { program.end.append(action) }
      return
    }
    if isKeyword("function") {
      let function = try parseFunction()
      if program.functions[function.name] != nil {
        throw error("function \(function.name) redefined")
      }
      program.functions[function.name] = function
      return
    }
    var pattern = AwkPattern.always
    if !isSymbol("{") {
      let first = try parseExpression()
      if accept(",") {
        skipNewlines()
        pattern = .range(first, try parseExpression())
      } else {
        pattern = .expression(first)
      }
    }
    if isSymbol("{") {
      program.rules.append(AwkRule(pattern: pattern, action: try parseBlock()))
    } else {
      guard token == .newline || token == .end || isSymbol(";") else { throw syntaxError() }
      program.rules.append(AwkRule(pattern: pattern, action: nil))
    }
  }

  mutating func parseFunction() throws(AwkError) -> AwkFunction {
    advance()
    let name: String
    switch token {
    case .name(let word), .functionName(let word): name = word
    case .builtin(let builtin): throw error("function name \(builtin.rawValue) is a builtin")
    default: throw syntaxError()
    }
    advance()
    try expect("(")
    var names: [String] = []
    skipNewlines()
    while case .name(let parameter) = token {
      if names.contains(parameter) { throw error("duplicate parameter \(parameter)") }
      if parameter == name { throw error("function \(name): parameter shadows the function") }
      names.append(parameter)
      advance()
      skipNewlines()
      guard accept(",") else { break }
      skipNewlines()
    }
    try expect(")")
    skipNewlines()
    guard isSymbol("{") else { throw syntaxError() }
    parameters = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    inFunction = true
    defer {
      parameters = [:]
      inFunction = false
    }
    let body = try parseBlock()
    return AwkFunction(name: name, parameters: names, body: body)
  }

  // MARK: - Names

  func variable(_ name: String) -> AwkLValue {
    if let index = parameters[name] { return .local(index) }
    return .variable(name)
  }

  func arrayName(_ name: String) -> AwkArrayName {
    if let index = parameters[name] { return .local(index) }
    return .global(name)
  }
}
