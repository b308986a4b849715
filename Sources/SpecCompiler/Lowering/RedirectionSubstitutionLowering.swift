import Shell
import SpecModel

/// Command substitutions in redirections (`> "$dir/$(cmd).json"`, `<<< "$(cmd)"`, a
/// here-document's body): bash expands a simple command's words first, then each redirection
/// in order. The substitutions of both are hoisted in that order before the statement, whose
/// rest is lowered as usual; their statuses are not the command's.
extension LoweringContext {
  /// Whether a redirection of the statement holds a command substitution.
  func redirectsHoldSubstitution(_ statement: BashStatement) -> Bool {
    statement.redirects.contains { r in
      holdsSubstitution(r.word.parts)
        || (r.hereDocument.map { holdsSubstitution($0.parts) } ?? false)
    }
  }

  /// The stages of a pipeline, those whose redirections hold substitutions rewritten, and the
  /// capture steps (the stages run at once under bash: their order is not observable).
  mutating func hoistingRedirections(of stages: [BashStatement]) -> ([Step], [BashStatement])? {
    var steps: [Step] = []
    var rewritten: [BashStatement] = []
    for stage in stages {
      guard redirectsHoldSubstitution(stage) else {
        rewritten.append(stage)
        continue
      }
      guard let (hoisted, statement) = hoistingRedirections(stage) else { return nil }
      steps += hoisted
      rewritten.append(statement)
    }
    return (steps, rewritten)
  }

  /// The capture steps and the statement whose words and redirections refer to them.
  mutating func hoistingRedirections(_ statement: BashStatement) -> ([Step], BashStatement)? {
    let line = stepLine(statement.position)
    var steps: [Step] = []
    var rewritten = statement
    if case .call(let assignments, let arguments)? = statement.command, !arguments.isEmpty {
      guard let words = hoist(arguments, into: &steps, ignoreStatus: true, line: line) else {
        return nil
      }
      rewritten.command = .call(assignments: assignments, arguments: words)
    }
    for index in rewritten.redirects.indices {
      var redirect = rewritten.redirects[index]
      guard let word = hoist([redirect.word], into: &steps, ignoreStatus: true, line: line) else {
        return nil
      }
      redirect.word = word[0]
      if let body = redirect.hereDocument {
        guard let hoisted = hoist([body], into: &steps, ignoreStatus: true, line: line) else {
          return nil
        }
        redirect.hereDocument = hoisted[0]
      }
      rewritten.redirects[index] = redirect
    }
    return (steps, rewritten)
  }
}
