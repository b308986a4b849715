import Shell
import SpecModel

/// `(( … ))`, `let …` and `for (( … ))`. Their evaluation errors print bash's message and
/// give status 1 (the shell goes on); an unset name under `set -u` ends the shell.
extension Interpreter {
  func arithmetic(_ command: ArithmeticCommand) throws(ShellSignal) -> Int32 {
    var value: Int64 = 0
    for expression in command.expressions {
      guard let result = try evaluate(expression, name: command.isLet ? "let" : "((") else {
        return 1
      }
      value = result
    }
    return value != 0 ? 0 : 1
  }

  func arithmeticFor(_ step: ArithmeticForStep) async throws(ShellSignal) -> Int32 {
    /// `set -x`: `+ (( i < 3 ))` before each part is evaluated.
    func trace(_ index: Int) {
      guard state.xtrace, let texts = step.trace, index < texts.count else { return }
      printTrace([.text("(( \(texts[index]) ))")], level: substitutionLevel + 1, assignments: false)
    }
    trace(0)
    if let initializer = step.initializer {
      guard try evaluate(initializer, name: "((") != nil else { return 1 }
    }
    loopDepth += 1
    defer { loopDepth -= 1 }
    var status: Int32 = 0
    while true {
      try checkCancellation()
      trace(1)
      if let condition = step.condition {
        guard let value = try evaluate(condition, name: "((") else { return 1 }
        if value == 0 { break }
      }
      if try await loopBody(step.body, status: &status) == .leave { break }
      trace(2)
      if let post = step.step {
        guard try evaluate(post, name: "((") != nil else { return 1 }
      }
    }
    return status
  }

  /// The value, or nil after printing a non-fatal error (`((: 1/0: division by 0 …`).
  private func evaluate(_ expression: ArithmeticExpression, name: String) throws(ShellSignal)
    -> Int64?
  {
    do {
      return try ArithmeticEvaluator.evaluate(expression, in: &state)
    } catch {
      switch error {
      case .invalid(let message):
        shellError("\(name): \(message)")
        return nil
      case .unbound(let variable):
        throw fatal(
          ExpansionError(message: "\(ShellState.displayName(variable)): unbound variable"))
      case .expansion(let inner):
        throw fatal(inner)
      }
    }
  }
}
