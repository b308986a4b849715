import SpecModel

/// `[ EXPRESSION ]` and `test EXPRESSION`.
enum TestCommand: StepCommand {
  static let names = ["[", "test"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments
    if call.name == "[" {
      guard let last = words.last, context.staticText(last) == "]" else {
        context.error("'[' without a closing ']'", at: call.position)
        return nil
      }
      words.removeLast()
    }
    var parser = Parser(words: words[...], context: context)
    guard let condition = parser.expression(), parser.words.isEmpty else {
      context = parser.context
      let at = parser.words.first?.position ?? call.position
      context.error(parser.failure ?? "test expression is not supported", at: at)
      return nil
    }
    context = parser.context
    return .test(condition)
  }

  static let unary: [String: UnaryTest] = Dictionary(
    uniqueKeysWithValues: [
      UnaryTest.exists, .regularFile, .directory, .readable, .writable, .executable, .nonEmptyFile,
      .emptyString, .nonEmptyString, .symbolicLink,
    ].map { ($0.rawValue, $0) } + [("-a", .exists), ("-h", .symbolicLink)])

  static let binary: [String: BinaryTest] = [
    "=": .stringEqual, "==": .stringEqual, "!=": .stringNotEqual, "<": .stringLess,
    ">": .stringGreater, "-eq": .equal, "-ne": .notEqual, "-lt": .less, "-le": .lessOrEqual,
    "-gt": .greater, "-ge": .greaterOrEqual, "-nt": .newerThan, "-ot": .olderThan,
  ]

  /// POSIX `test` grammar: `-o` binds looser than `-a`, `!` negates, parentheses group.
  struct Parser {
    var words: ArraySlice<BashWord>
    var context: LoweringContext
    var failure: String?

    func text(_ offset: Int = 0) -> String? {
      let index = words.startIndex + offset
      return index < words.endIndex ? context.staticText(words[index]) : nil
    }

    mutating func operand() -> Template? {
      guard let word = words.popFirst() else {
        failure = "test expression ends early"
        return nil
      }
      return context.template(word)
    }

    mutating func expression() -> Condition? {
      guard var left = conjunction() else { return nil }
      while text() == "-o" {
        words.removeFirst()
        guard let right = conjunction() else { return nil }
        left = .or(left, right)
      }
      return left
    }

    mutating func conjunction() -> Condition? {
      guard var left = negation() else { return nil }
      while text() == "-a", words.count > 1 {
        words.removeFirst()
        guard let right = negation() else { return nil }
        left = .and(left, right)
      }
      return left
    }

    mutating func negation() -> Condition? {
      if text() == "!", words.count > 1 {
        words.removeFirst()
        return negation().map { .not($0) }
      }
      return primary()
    }

    mutating func primary() -> Condition? {
      if text() == "(" {
        words.removeFirst()
        let inner = expression()
        guard text() == ")" else {
          failure = "'(' without ')' in test expression"
          return nil
        }
        words.removeFirst()
        return inner
      }
      if words.count >= 3, let op = text(1), let test = TestCommand.binary[op] {
        guard let left = operand() else { return nil }
        words.removeFirst()
        guard let right = operand() else { return nil }
        return .binary(test, left, right)
      }
      if words.count >= 2, let op = text(), let test = TestCommand.unary[op] {
        words.removeFirst()
        return operand().map { .unary(test, $0) }
      }
      return operand().map { .nonEmpty($0) }
    }
  }
}
