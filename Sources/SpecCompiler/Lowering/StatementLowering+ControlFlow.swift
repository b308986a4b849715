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

  mutating func condition(_ expression: BashTestExpression, at position: BashPosition)
    -> Condition?
  {
    switch expression {
    case .word(let word):
      return template(word).map { .nonEmpty($0) }
    case .paren(let inner):
      return condition(inner, at: position)
    case .unary(let op, let operand):
      if op == "!" { return condition(operand, at: position).map { .not($0) } }
      if op == "-v", case .word(let word) = operand {
        return isSetCondition(word, at: position)
      }
      guard let test = TestCommand.unary[op] else {
        error(LoweringDiagnostic.unsupportedTestOperator(op), at: position)
        return nil
      }
      guard case .word(let word) = operand, let t = template(word) else {
        error(LoweringDiagnostic.testOperatorNeedsWord(op), at: position)
        return nil
      }
      return .unary(test, t)
    case .andOr(let first, let links):
      // `&&` binds tighter than `||`: `||` splits the list into runs of `&&`.
      var alternatives: [Condition] = []
      var run: [Condition] = []
      guard let head = condition(first, at: position) else { return nil }
      run.append(head)
      for link in links {
        guard let operand = condition(link.operand, at: position) else { return nil }
        if link.op == "||" {
          alternatives.append(Condition.all(run))
          run = []
        }
        run.append(operand)
      }
      alternatives.append(Condition.all(run))
      return Condition.any(alternatives)
    case .binary(let op, let left, let right):
      guard case .word(let leftWord) = left, case .word(let rightWord) = right,
        let l = template(leftWord), let r = template(rightWord)
      else {
        error(LoweringDiagnostic.testOperatorNeedsTwoWords(op), at: position)
        return nil
      }
      if op == "=~" { return regexTemplate(rightWord).map { .binary(.regexMatch, l, $0) } }
      if ["==", "=", "!="].contains(op) {
        // An unquoted `*`, `?` or `[` makes the right side a pattern (quoted text in it matches
        // itself); without one it is compared as a string.
        let test: Condition
        if Self.hasUnquotedGlob(rightWord) {
          guard let pattern = patternTemplate(rightWord) else { return nil }
          test = .binary(.globMatch, l, pattern)
        } else {
          test = .binary(.stringEqual, l, r)
        }
        return op == "!=" ? .not(test) : test
      }
      guard let test = TestCommand.binary[op] else {
        error(LoweringDiagnostic.unsupportedTestOperator(op), at: position)
        return nil
      }
      return .binary(test, l, r)
    }
  }
}
