/// Bash arithmetic text → `ArithmeticExpression`, with bash's grammar (`expr.c`): from loosest
/// to tightest `,`, assignments (right to left), `?:`, `||`, `&&`, `|`, `^`, `&`, `== !=`,
/// `< <= > >=`, `<< >>`, `+ -`, `* / %`, `**` (right to left), unary `! ~ - +`, then
/// increments, parentheses, constants and names. Errors carry bash's message and error token.
public enum ArithmeticParser {
  /// Deeper nesting than this is refused rather than risking the stack.
  static let maximumDepth = 200

  /// How many `$((…))` may nest inside each other: each level parses its text anew (through
  /// `TemplateSyntax`), so `maximumDepth` alone does not bound the stack.
  static let maximumNesting = 32
  @TaskLocal static var nesting = 0

  public static func parse(_ text: String, allowsExpansions: Bool = true)
    throws(ArithmeticSyntaxError) -> ArithmeticExpression
  {
    guard nesting < maximumNesting else {
      throw ArithmeticSyntaxError(offset: 0, message: "expression nested too deeply")
    }
    let result: Result<ArithmeticExpression, ArithmeticSyntaxError> = $nesting.withValue(
      nesting + 1
    ) {
      do throws(ArithmeticSyntaxError) {
        return .success(try parseText(text, allowsExpansions: allowsExpansions))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  private static func parseText(_ text: String, allowsExpansions: Bool)
    throws(ArithmeticSyntaxError) -> ArithmeticExpression
  {
    var parser = Parser(lexer: ArithmeticLexer(text, allowsExpansions: allowsExpansions))
    try parser.advance()
    if case .end = parser.current.kind {
      return ArithmeticExpression(text: text, root: nil)
    }
    let root = try parser.comma()
    guard case .end = parser.current.kind else {
      throw parser.failure("syntax error in expression")
    }
    return ArithmeticExpression(text: text, expansions: parser.lexer.expansions, root: root)
  }

  private struct Parser {
    var lexer: ArithmeticLexer
    var current = ArithmeticLexer.Token(kind: .end, start: 0)
    /// Start of the last token that was not the end (bash's error token at the end).
    var lastStart = 0
    var depth = 0

    init(lexer: ArithmeticLexer) { self.lexer = lexer }

    mutating func advance() throws(ArithmeticSyntaxError) {
      if case .end = current.kind {} else { lastStart = current.start }
      current = try lexer.next()
      if case .end = current.kind {} else { lastStart = current.start }
    }

    /// Where bash's error token starts now: the current token, or the last one at the end.
    var errorOffset: Int {
      if case .end = current.kind { return lastStart }
      return current.start
    }

    func failure(_ message: String) -> ArithmeticSyntaxError {
      ArithmeticSyntaxError(offset: errorOffset, message: message)
    }

    func isOp(_ op: String) -> Bool { current.kind == .op(op) }

    mutating func nest() throws(ArithmeticSyntaxError) {
      depth += 1
      if depth > ArithmeticParser.maximumDepth { throw failure("expression nested too deeply") }
    }

    mutating func comma() throws(ArithmeticSyntaxError) -> ArithmeticNode {
      var node = try assignment()
      while isOp(",") {
        try advance()
        node = .comma(node, try assignment())
      }
      return node
    }

    mutating func assignment() throws(ArithmeticSyntaxError) -> ArithmeticNode {
      try nest()
      defer { depth -= 1 }
      let left = try conditional()
      guard case .op(let op) = current.kind, op.hasSuffix("="), op != "==", op != "!=",
        op != "<=", op != ">="
      else { return left }
      guard case .variable(let name) = left else {
        throw failure("attempted assignment to non-variable")
      }
      let compound = op == "=" ? nil : ArithmeticBinaryOperator(rawValue: String(op.dropLast()))
      try advance()
      let valueStart = current.start
      let value = try assignment()
      return .assign(name, compound, value, errorOffset: valueStart)
    }

    mutating func conditional() throws(ArithmeticSyntaxError) -> ArithmeticNode {
      try nest()
      defer { depth -= 1 }
      let condition = try binary(1)
      guard isOp("?") else { return condition }
      try advance()
      if current.kind == .end || isOp(":") { throw failure("expression expected") }
      let then = try comma()
      guard isOp(":") else { throw failure("`:' expected for conditional expression") }
      try advance()
      if current.kind == .end { throw failure("expression expected") }
      return .conditional(condition, then, try conditional())
    }

    /// Left-associative levels 1 (`||`) to 10 (`* / %`).
    mutating func binary(_ level: Int) throws(ArithmeticSyntaxError) -> ArithmeticNode {
      if level > 10 { return try power() }
      var node = try binary(level + 1)
      while case .op(let text) = current.kind,
        let op = ArithmeticBinaryOperator(rawValue: text), op.precedence == level
      {
        try advance()
        let rightStart = current.start
        node = .binary(op, node, try binary(level + 1), errorOffset: rightStart)
      }
      return node
    }

    mutating func power() throws(ArithmeticSyntaxError) -> ArithmeticNode {
      try nest()
      defer { depth -= 1 }
      let base = try unary()
      guard isOp("**") else { return base }
      try advance()
      let exponent = try power()
      return .binary(.power, base, exponent, errorOffset: errorOffset)
    }

    mutating func unary() throws(ArithmeticSyntaxError) -> ArithmeticNode {
      guard case .op(let text) = current.kind,
        let op = ArithmeticUnaryOperator(rawValue: text)
      else { return try primary() }
      try nest()
      defer { depth -= 1 }
      try advance()
      return .unary(op, try unary())
    }

    mutating func primary() throws(ArithmeticSyntaxError) -> ArithmeticNode {
      switch current.kind {
      case .op("++pre"), .op("--pre"):
        let delta: Int64 = isOp("++pre") ? 1 : -1
        try advance()
        guard case .identifier(let name) = current.kind else {
          throw failure("syntax error: operand expected")
        }
        try advance()
        return .increment(name, delta: delta, prefix: true)
      case .op("("):
        try nest()
        defer { depth -= 1 }
        try advance()
        let inner = try comma()
        guard isOp(")") else { throw failure("missing `)'") }
        try advance()
        return .group(inner)
      case .number(let value):
        try advance()
        return .number(value)
      case .identifier(let name):
        try advance()
        if isOp("++post") || isOp("--post") {
          let delta: Int64 = isOp("++post") ? 1 : -1
          try advance()
          return .increment(name, delta: delta, prefix: false)
        }
        return .variable(name)
      case .expansion(let index):
        try advance()
        if isOp("++post") || isOp("--post") {
          throw failure("increments of an expansion are not supported")
        }
        return .expansion(index)
      default:
        throw failure("syntax error: operand expected")
      }
    }
  }
}
