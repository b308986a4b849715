import Shell
import SpecModel

/// `set -x`: the lines bash prints on standard error before a command runs (`+ cmd args`) and
/// for an assignment (`+ X=value`), with one more `+` inside each command substitution.
extension Interpreter {
  func performTraced(_ step: Step, _ trace: [TracedCommand]) async throws(ShellSignal) -> Int32 {
    let substitution = step.action.isCommandSubstitution
    if substitution { substitutionLevel += 1 }
    let inner = substitutionLevel
    printTrace(trace, level: inner + 1, assignments: false)
    let status: Int32
    do {
      status = try await perform(step)
    } catch {
      if substitution { substitutionLevel -= 1 }
      throw error
    }
    if substitution { substitutionLevel -= 1 }
    printTrace(trace, level: substitutionLevel + 1, assignments: true)
    return status
  }

  /// The words are expanded on a copy of the state: what the command itself will see, without
  /// running an expansion's side effects twice. An expansion error prints nothing (bash reports
  /// it before it would trace the command; the command reports it here).
  func printTrace(_ trace: [TracedCommand], level: Int, assignments: Bool) {
    let utf8 = state.usesUTF8Locale
    let prefix = ShellQuoting.prefix(level: level)
    for entry in trace {
      switch entry {
      case .words(let templates) where !assignments:
        var scratch = state
        guard let words = try? scratch.expandWords(templates) else { return }
        stderrTarget.write(prefix + ShellQuoting.words(words, utf8: utf8) + "\n")
      case .assignment(let name) where assignments:
        let value = state.value(of: name) ?? ""
        stderrTarget.write(prefix + ShellQuoting.assignment(name, value, utf8: utf8) + "\n")
      case .assigning(let target, let append, let template) where !assignments:
        var scratch = state
        guard let value = try? scratch.expand(template) else { return }
        let name = append ? target + "+" : target
        stderrTarget.write(prefix + ShellQuoting.assignment(name, value, utf8: utf8) + "\n")
      case .text(let text) where !assignments:
        stderrTarget.write(prefix + text + "\n")
      default:
        continue
      }
    }
  }
}

/// `set -x` on `[[ … ]]`: each test printed as it is evaluated (`+ [[ -n x ]]`), not those
/// `&&` and `||` skip.
extension Interpreter {
  func tracedTest(_ condition: Condition, terms: [[Template]], index: inout Int)
    throws(ExpansionError) -> TestOutcome
  {
    switch condition {
    case .not(let inner):
      let outcome = try tracedTest(inner, terms: terms, index: &index)
      guard case .value(let holds) = outcome else { return outcome }
      return .value(!holds)
    case .and(let operands), .or(let operands):
      let stopsOn = { if case .and = condition { false } else { true } }()
      var outcome = TestOutcome.value(!stopsOn)
      for (position, operand) in operands.enumerated() {
        outcome = try tracedTest(operand, terms: terms, index: &index)
        guard case .value(let holds) = outcome, holds != stopsOn else {
          index += operands[(position + 1)...].reduce(0) { $0 + $1.testCount }
          return outcome
        }
      }
      return outcome
    default:
      if index < terms.count { printTestTerm(terms[index]) }
      index += 1
      return try state.test(condition)
    }
  }

  func printTestTerm(_ term: [Template]) {
    var scratch = state
    var words: [String] = []
    for template in term {
      guard let word = try? scratch.expand(template) else { return }
      words.append(word.isEmpty ? "''" : word)
    }
    let prefix = ShellQuoting.prefix(level: substitutionLevel + 1)
    stderrTarget.write(prefix + "[[ " + words.joined(separator: " ") + " ]]\n")
  }
}

extension Condition {
  /// The tests (`[[ … ]]` terms) in this condition.
  var testCount: Int {
    switch self {
    case .not(let inner): inner.testCount
    case .and(let operands), .or(let operands): operands.reduce(0) { $0 + $1.testCount }
    case .substituted(_, let inner): inner.testCount
    default: 1
    }
  }
}

extension Step {
  /// The terms `set -x` prints for a `[[ … ]]`.
  var testTerms: [[Template]]? {
    for entry in trace ?? [] {
      if case .testTerms(let terms) = entry { return terms }
    }
    return nil
  }
}

extension Action {
  /// A step that runs as a command substitution (`X=$(…)`): its commands trace at one level
  /// deeper.
  var isCommandSubstitution: Bool {
    switch self {
    case .pipeline(let pipeline):
      if case .capture = pipeline.sink { return true }
      return false
    case .assign(let assignment): return assignment.substitution != nil
    case .makeTemporary: return true
    case .call(let call):
      if case .capture? = call.sink { return true }
      return false
    case .redirected(let redirected):
      if case .capture? = redirected.output { return true }
      return false
    default:
      return false
    }
  }
}
