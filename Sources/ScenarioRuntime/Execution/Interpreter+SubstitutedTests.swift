import SpecModel

/// `[[ … ]]` whose tests hold command substitutions (`[[ $(a) == x && -n "$(b)" ]]`): each
/// test's substitutions run just before it, and only when `&&`/`||` reach it, as bash expands a
/// term only when it evaluates it.
extension Interpreter {
  /// The outcome of `condition`, running the capture steps of `.substituted` tests on the way.
  /// With `terms` (under `set -x`), each test is printed as it is evaluated.
  func substitutedTest(_ condition: Condition, terms: [[Template]]?, index: inout Int)
    async throws(ShellSignal) -> TestOutcome
  {
    switch condition {
    case .substituted(let steps, let inner):
      // Their statuses are not the test's (hoisted substitutions report 0).
      _ = try await run(steps)
      return try await substitutedTest(inner, terms: terms, index: &index)
    case .not(let inner):
      let outcome = try await substitutedTest(inner, terms: terms, index: &index)
      guard case .value(let holds) = outcome else { return outcome }
      return .value(!holds)
    case .and(let operands), .or(let operands):
      let stopsOn = { if case .and = condition { false } else { true } }()
      var outcome = TestOutcome.value(!stopsOn)
      for (position, operand) in operands.enumerated() {
        outcome = try await substitutedTest(operand, terms: terms, index: &index)
        guard case .value(let holds) = outcome, holds != stopsOn else {
          index += operands[(position + 1)...].reduce(0) { $0 + $1.testCount }
          return outcome
        }
      }
      return outcome
    default:
      if let terms {
        if index < terms.count { printTestTerm(terms[index]) }
        index += 1
      }
      do {
        return try state.test(condition)
      } catch {
        throw fatal(error)
      }
    }
  }
}

extension Condition {
  /// Whether a test of this condition runs command substitutions first.
  var holdsSubstitutions: Bool {
    switch self {
    case .substituted: true
    case .not(let inner): inner.holdsSubstitutions
    case .and(let operands), .or(let operands): operands.contains { $0.holdsSubstitutions }
    default: false
    }
  }
}
