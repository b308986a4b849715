import Shell
import SpecModel

/// `if`, loops and the conditions they test.
extension LoweringContext {
  mutating func ifStep(_ clause: BashIf) -> IfStep {
    var branches = [
      IfStep.Branch(
        condition: lower(statements: clause.condition), then: lower(statements: clause.then))
    ]
    var otherwise: [Step]?
    var next = clause.otherwise.first
    while let current = next {
      if current.condition.isEmpty {
        otherwise = lower(statements: current.then)
        break
      }
      branches.append(
        IfStep.Branch(
          condition: lower(statements: current.condition), then: lower(statements: current.then)))
      next = current.otherwise.first
    }
    return IfStep(branches: branches, otherwise: otherwise)
  }

  /// The words of `for NAME in WORDS` with their command substitutions hoisted, but for a whole
  /// `$(seq [FIRST] LAST)` of numbers (a sequence item, when untraced).
  mutating func hoistLoopItems(_ words: [BashWord], into steps: inout [Step], line: Int)
    -> [BashWord]?
  {
    var out: [BashWord] = []
    for word in words {
      if !holdsSubstitution(word.parts) || (!tracing && isLiteralSequence(word)) {
        out.append(word)
        continue
      }
      guard let hoisted = hoist([word], into: &steps, ignoreStatus: true, line: line) else {
        return nil
      }
      out += hoisted
    }
    return out
  }

  /// `$(seq [FIRST] LAST)` with literal numbers as a whole word.
  func isLiteralSequence(_ word: BashWord) -> Bool {
    guard word.parts.count == 1, case .commandSubstitution(let statements, _) = word.parts[0],
      statements.count == 1, statements[0].redirects.isEmpty,
      case .call(let assignments, let arguments)? = statements[0].command,
      assignments.isEmpty, (2...3).contains(arguments.count), staticText(arguments[0]) == "seq"
    else { return false }
    return arguments.dropFirst().allSatisfy { staticText($0).flatMap { Int($0) } != nil }
  }

  mutating func loopItem(_ word: BashWord) -> LoopItem? {
    if word.parts.count == 1,
      case .commandSubstitution(let statements, let position) = word.parts[0]
    {
      guard statements.count == 1,
        case .call(let assignments, let arguments)? = statements[0].command,
        assignments.isEmpty, staticText(arguments[0]) == "seq", (2...3).contains(arguments.count)
      else {
        error(LoweringDiagnostic.forSeqOnly, at: position)
        return nil
      }
      let numbers = arguments.dropFirst().compactMap { staticText($0).flatMap { Int($0) } }
      guard numbers.count == arguments.count - 1 else {
        error(LoweringDiagnostic.seqNeedsLiteralNumbers, at: position)
        return nil
      }
      return .sequence(first: numbers.count == 2 ? numbers[0] : 1, last: numbers.last!)
    }
    if let glob = globPattern(word) { return glob.map { .glob($0) } }
    guard let t = template(word) else { return nil }
    let unquotedExpansion = word.parts.contains {
      if case .parameter = $0 { return true } else { return false }
    }
    return unquotedExpansion ? .split(t) : .word(t)
  }

  /// The condition of a `[[ … ]]` whose substitutions `testSubstitutions` replaced; each test
  /// takes its capture steps from `captures`, in order.
  mutating func condition(
    _ expression: BashTestExpression, captures: inout ArraySlice<[Step]>, at position: BashPosition
  ) -> Condition? {
    func substituted(_ steps: [Step], _ test: Condition) -> Condition {
      steps.isEmpty ? test : .substituted(steps, test)
    }
    switch expression {
    case .word(let word):
      let steps = captures.popFirst() ?? []
      return template(word).map { substituted(steps, .nonEmpty($0)) }
    case .paren(let inner):
      return condition(inner, captures: &captures, at: position)
    case .unary(let op, let operand):
      if op == "!" { return condition(operand, captures: &captures, at: position).map { .not($0) } }
      let steps = captures.popFirst() ?? []
      if op == "-v", case .word(let word) = operand {
        return isSetCondition(word, at: position).map { substituted(steps, $0) }
      }
      guard let test = TestCommand.unary[op] else {
        error(LoweringDiagnostic.unsupportedTestOperator(op), at: position)
        return nil
      }
      guard case .word(let word) = operand else {
        error(LoweringDiagnostic.testOperatorNeedsWord(op), at: position)
        return nil
      }
      return template(word).map { substituted(steps, .unary(test, $0)) }
    case .andOr(let first, let links):
      // `&&` binds tighter than `||`: `||` splits the list into runs of `&&`.
      var alternatives: [Condition] = []
      var run: [Condition] = []
      guard let head = condition(first, captures: &captures, at: position) else { return nil }
      run.append(head)
      for link in links {
        guard let operand = condition(link.operand, captures: &captures, at: position) else {
          return nil
        }
        if link.op == "||" {
          alternatives.append(Condition.all(run))
          run = []
        }
        run.append(operand)
      }
      alternatives.append(Condition.all(run))
      return Condition.any(alternatives)
    case .binary(let op, let left, let right):
      let steps = captures.popFirst() ?? []
      guard case .word(let leftWord) = left, case .word(let rightWord) = right else {
        error(LoweringDiagnostic.testOperatorNeedsTwoWords(op), at: position)
        return nil
      }
      guard let l = template(leftWord), let r = template(rightWord) else { return nil }
      if op == "=~" {
        return regexTemplate(rightWord).map { substituted(steps, .binary(.regexMatch, l, $0)) }
      }
      if ["==", "=", "!="].contains(op) {
        // An unquoted `*`, `?` or `[`, or an unquoted expansion (whose value may hold them),
        // makes the right side a pattern (quoted text in it matches itself); without one it is
        // compared as a string.
        let test: Condition
        if Self.hasUnquotedGlob(rightWord) || Self.hasUnquotedExpansion(rightWord) {
          guard let pattern = patternTemplate(rightWord) else { return nil }
          test = .binary(.globMatch, l, pattern)
        } else {
          test = .binary(.stringEqual, l, r)
        }
        // `!=` negates the test, not its substitutions.
        return substituted(steps, op == "!=" ? .not(test) : test)
      }
      guard let test = TestCommand.binary[op] else {
        error(LoweringDiagnostic.unsupportedTestOperator(op), at: position)
        return nil
      }
      return substituted(steps, .binary(test, l, r))
    }
  }
}
