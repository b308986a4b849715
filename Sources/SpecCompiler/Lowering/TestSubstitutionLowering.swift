import Shell
import SpecModel

/// `[[ … ]]` whose words hold command substitutions (`[[ "$(cmd)" == b && -n $(other) ]]`):
/// bash expands a test's words only when `&&`/`||` reach the test, left operand first. Each
/// test's substitutions become capture steps that run just before it (`Condition.substituted`).
extension LoweringContext {
  /// The expression with each substitution replaced by the variable its capture fills, and the
  /// capture steps of each test in the order of the tests (the order `condition(_:captures:at:)`
  /// creates them; empty for a test without substitutions).
  mutating func testSubstitutions(
    _ expression: BashTestExpression, line: Int, into captures: inout [[Step]]
  ) -> BashTestExpression? {
    switch expression {
    case .paren(let inner):
      return testSubstitutions(inner, line: line, into: &captures).map { .paren($0) }
    case .andOr(let first, let links):
      guard let head = testSubstitutions(first, line: line, into: &captures) else { return nil }
      var rest: [BashTestLink] = []
      for link in links {
        guard let operand = testSubstitutions(link.operand, line: line, into: &captures) else {
          return nil
        }
        rest.append(BashTestLink(link.op, operand))
      }
      return .andOr(head, rest)
    case .unary("!", let operand):
      return testSubstitutions(operand, line: line, into: &captures).map { .unary(op: "!", $0) }
    case .word(let word):
      var steps: [Step] = []
      guard let words = hoist([word], into: &steps, ignoreStatus: true, line: line) else {
        return nil
      }
      captures.append(steps)
      return .word(words[0])
    case .unary(let op, .word(let word)):
      var steps: [Step] = []
      guard let words = hoist([word], into: &steps, ignoreStatus: true, line: line) else {
        return nil
      }
      captures.append(steps)
      return .unary(op: op, .word(words[0]))
    case .binary(let op, .word(let left), .word(let right)):
      var steps: [Step] = []
      var rightSteps: [Step] = []
      guard let lefts = hoist([left], into: &steps, ignoreStatus: true, line: line),
        let rights = hoist([right], into: &rightSteps, ignoreStatus: true, line: line)
      else { return nil }
      var leftWord = lefts[0]
      if !rightSteps.isEmpty, staticText(leftWord) == nil {
        // bash expands the left operand (`${X:=v}`, `$?`) before the right one's substitutions
        // run: its value is kept in a variable first.
        guard let value = template(leftWord) else { return nil }
        let name = nextHoistedName()
        steps.append(Step(line: line, .assign(Assignment(name: name, value: value))))
        leftWord = BashWord(
          position: left.position,
          parts: [.parameter(BashParameterExpansion(position: left.position, name: name))])
      }
      captures.append(steps + rightSteps)
      return .binary(op: op, .word(leftWord), .word(rights[0]))
    case .unary, .binary:
      // Not a test of words: `condition(_:captures:at:)` reports it.
      captures.append([])
      return expression
    }
  }
}
