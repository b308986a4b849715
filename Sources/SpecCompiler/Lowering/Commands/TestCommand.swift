import Shell
import SpecModel

/// `[ EXPRESSION ]` and `test EXPRESSION` (`-v NAME` included).
enum TestCommand: StepCommand {
  static let names = ["[", "test"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments
    if call.name == "[" {
      guard let last = words.last, context.staticText(last) == "]" else {
        context.error(CommandUsageDiagnostic.testUnclosedBracket, at: call.position)
        return nil
      }
      words.removeLast()
    }
    var parser = Parser(words: words[...], context: context)
    guard let condition = parser.expression(), parser.words.isEmpty else {
      context = parser.context
      let at = parser.words.first?.position ?? call.position
      let failure: any DiagnosticMessage = parser.failure ?? CommandUsageDiagnostic.testUnsupported
      context.error(failure, at: at)
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
    var failure: (any DiagnosticMessage)?
    /// Parentheses open around the current position.
    var depth = 0

    func text(_ offset: Int = 0) -> String? {
      let index = words.startIndex + offset
      return index < words.endIndex ? context.staticText(words[index]) : nil
    }

    mutating func operand() -> Template? {
      guard let word = words.popFirst() else {
        failure = CommandUsageDiagnostic.testEndsEarly
        return nil
      }
      return context.template(word)
    }

    /// Conjunctions joined by `-o`, read in a loop into one flat `or`.
    mutating func expression() -> Condition? {
      guard let first = conjunction() else { return nil }
      var alternatives = [first]
      while text() == "-o" {
        words.removeFirst()
        guard let next = conjunction() else { return nil }
        alternatives.append(next)
      }
      return .any(alternatives)
    }

    /// Negations joined by `-a`, read in a loop into one flat `and`.
    mutating func conjunction() -> Condition? {
      guard let first = negation() else { return nil }
      var operands = [first]
      while text() == "-a", words.count > 1 {
        words.removeFirst()
        guard let next = negation() else { return nil }
        operands.append(next)
      }
      return .all(operands)
    }

    /// `! ! … primary`: test inverts once per `!` (bash's `term()` counts them in a loop).
    mutating func negation() -> Condition? {
      var count = 0
      while text() == "!", words.count > 1 {
        words.removeFirst()
        count += 1
      }
      return primary().map { .negated($0, count: count) }
    }

    mutating func primary() -> Condition? {
      if text() == "(" {
        guard depth < BashParser.maximumNesting else {
          failure = CommandDiagnostic.testNestsTooDeep(maximum: BashParser.maximumNesting)
          return nil
        }
        words.removeFirst()
        depth += 1
        let inner = expression()
        depth -= 1
        guard let inner else { return nil }
        guard text() == ")" else {
          failure = CommandUsageDiagnostic.testUnclosedParenthesis
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
      if words.count >= 2, text() == "-v" {
        // `[ -v NAME ]`: whether the variable (or element) is set, as `[[ -v NAME ]]`.
        words.removeFirst()
        let word = words.removeFirst()
        return context.isSetCondition(word, at: word.position)
      }
      if words.count >= 2, let op = text(), let test = TestCommand.unary[op] {
        words.removeFirst()
        return operand().map { .unary(test, $0) }
      }
      return operand().map { .nonEmpty($0) }
    }
  }
}
