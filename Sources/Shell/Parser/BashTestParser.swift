// `[[ … ]]`: flat `&&`/`||` lists over `!`, parentheses, unary file/string tests and binary
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

  /// Operands joined by `&&` and `||`, read into one flat list (precedence is applied when the
  /// list is lowered), so that a chain of any length needs no recursion.
  private mutating func parseTestOr(start: BashPosition) throws(BashSyntaxError)
    -> BashTestExpression
  {
    let first = try parseTestNot(start: start)
    var links: [BashTestLink] = []
    while true {
      try skipLinebreaks()
      let op: String
      if lookingAt("&&") {
        op = "&&"
      } else if lookingAt("||") {
        op = "||"
      } else {
        break
      }
      advance(by: 2)
      links.append(BashTestLink(op, try parseTestNot(start: start)))
    }
    return links.isEmpty ? first : .andOr(first, links)
  }

  /// `! … ! operand`: bash inverts the result once per `!`, so the chain is read in a loop and
  /// folded by parity.
  private mutating func parseTestNot(start: BashPosition) throws(BashSyntaxError)
    -> BashTestExpression
  {
    var negations = 0
    while true {
      try skipLinebreaks()
      guard peek() == BashByte.bang,
        lookahead(1).map({ BashByte.isBlank($0) || $0 == BashByte.openParen }) ?? false
      else { break }
      advance()
      negations += 1
    }
    let operand: BashTestExpression
    if peek() == BashByte.openParen {
      let openPosition = position
      advance()
      let inner = try nested { parser throws(BashSyntaxError) in
        try parser.parseTestOr(start: start)
      }
      try skipLinebreaks()
      try expectCloseParen(closing: "(", at: openPosition)
      operand = .paren(inner)
    } else {
      operand = try parseTestPrimary(start: start)
    }
    return negations.isMultiple(of: 2) ? operand : .unary(op: "!", operand)
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
