// `[[ … ]]`: `||` over `&&` over `!`, parentheses, unary file/string tests and binary
// comparisons; the right side of `=~` is read as a regular expression word.

extension BashSyntaxParser {
  static let unaryTestOperators: Set<String> = [
    "-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-n", "-o", "-p", "-r", "-s", "-t",
    "-u", "-v", "-w", "-x", "-z", "-G", "-L", "-N", "-O", "-R", "-S",
  ]

  static let binaryTestOperators: Set<String> = [
    "==", "=", "!=", "=~", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef",
  ]

  /// `[[ expression ]]`.
  mutating func parseTestClause() throws(BashSyntaxError) -> BashCommand {
    let start = position
    advance(by: 2)
    let expression = try parseTestOr(start: start)
    try skipLinebreaks()
    guard wordAhead("]]") else {
      var message = "expected ']]' to close '[[' at \(start.line):\(start.column)"
      if !isAtEnd {
        message += ", found \(describeAhead())"
      }
      throw error(message, at: position)
    }
    advance(by: 2)
    return .test(expression, position: start)
  }

  private mutating func parseTestOr(start: BashPosition) throws(BashSyntaxError)
    -> BashTestExpression
  {
    var left = try parseTestAnd(start: start)
    while true {
      try skipLinebreaks()
      guard lookingAt("||") else { return left }
      advance(by: 2)
      left = .binary(op: "||", left, try parseTestAnd(start: start))
    }
  }

  private mutating func parseTestAnd(start: BashPosition) throws(BashSyntaxError)
    -> BashTestExpression
  {
    var left = try parseTestNot(start: start)
    while true {
      try skipLinebreaks()
      guard lookingAt("&&") else { return left }
      advance(by: 2)
      left = .binary(op: "&&", left, try parseTestNot(start: start))
    }
  }

  private mutating func parseTestNot(start: BashPosition) throws(BashSyntaxError)
    -> BashTestExpression
  {
    try skipLinebreaks()
    if peek() == BashByte.bang,
      lookahead(1).map({ BashByte.isBlank($0) || $0 == BashByte.openParen }) ?? false
    {
      advance()
      let operand = try nested { parser throws(BashSyntaxError) in
        try parser.parseTestNot(start: start)
      }
      return .unary(op: "!", operand)
    }
    if peek() == BashByte.openParen {
      let openPosition = position
      advance()
      let inner = try nested { parser throws(BashSyntaxError) in
        try parser.parseTestOr(start: start)
      }
      try skipLinebreaks()
      try expectCloseParen(closing: "(", at: openPosition)
      return .paren(inner)
    }
    return try parseTestPrimary(start: start)
  }

  /// `word`, `-op word` or `word op word`.
  private mutating func parseTestPrimary(start: BashPosition) throws(BashSyntaxError)
    -> BashTestExpression
  {
    guard !wordAhead("]]"), let first = try parseWord(.command) else {
      throw error(
        "expected a test expression in '[[' at \(start.line):\(start.column), "
          + "found \(describeAhead())",
        at: position)
    }
    skipBlanks()
    if let op = first.plainLiteral, Self.unaryTestOperators.contains(op), !testOperandEndAhead(),
      testBinaryOperatorAhead() == nil
    {
      guard let operand = try parseWord(.command) else { throw unexpected() }
      return .unary(op: op, .word(operand))
    }
    guard let op = testBinaryOperatorAhead() else { return .word(first) }
    advance(by: op.utf8.count)
    skipBlanks()
    let right = try parseWord(op == "=~" ? .regularExpression : .command)
    guard let right else {
      throw error("expected a word after '\(op)', found \(describeAhead())", at: position)
    }
    return .binary(op: op, .word(first), .word(right))
  }

  /// `]]`, `&&`, `||`, `)` or the end ahead: the previous word was an operand, not an operator.
  private mutating func testOperandEndAhead() -> Bool {
    guard let byte = peek() else { return true }
    return wordAhead("]]") || lookingAt("&&") || lookingAt("||") || byte == BashByte.closeParen
      || byte == BashByte.newline
  }

  /// The binary test operator ahead, if any.
  private func testBinaryOperatorAhead() -> String? {
    switch lookahead(0) {
    case BashByte.less: return "<"
    case BashByte.greater: return ">"
    default: break
    }
    guard let word = plainWordAhead(), word.count <= 3 else { return nil }
    let text = String(decoding: word, as: UTF8.self)
    return Self.binaryTestOperators.contains(text) ? text : nil
  }
}
