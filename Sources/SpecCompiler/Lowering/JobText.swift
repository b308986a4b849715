import Shell

/// The text bash prints for a background job in the report of its death by a signal
/// (`bash: line 3:  4849 Killed                  sleep 5`): the command as bash's
/// `print_command` writes it back, words as written separated by one space, `( a; b )`,
/// `{ a; b; }`, `a && b`. Nil for pipelines and other compound commands (no report then).
enum JobText {
  static func of(_ statement: BashStatement) -> String? {
    guard let command = statement.command, statement.redirects.isEmpty else { return nil }
    let body: String
    switch command {
    case .call(let assignments, let arguments):
      var words: [String] = []
      for assignment in assignments {
        guard assignment.array == nil, assignment.index == nil else { return nil }
        let value = assignment.value.map { $0.text ?? "" } ?? ""
        words.append(assignment.name + (assignment.append ? "+=" : "=") + value)
      }
      for argument in arguments {
        guard let text = argument.text else { return nil }
        words.append(text)
      }
      body = words.joined(separator: " ")
    case .list(let first, let links):
      guard var text = of(first) else { return nil }
      for link in links {
        // A pipeline job is reported one process a line, which the runtime does not model.
        guard link.op == .and || link.op == .or, let next = of(link.statement) else {
          return nil
        }
        text += " \(link.op.rawValue) \(next)"
      }
      body = text
    case .subshell(let statements, _):
      guard let inner = sequence(statements) else { return nil }
      body = "( \(inner) )"
    case .block(let statements, _):
      guard let inner = sequence(statements) else { return nil }
      body = "{ \(inner); }"
    default:
      return nil
    }
    // bash leaves out a `!`.
    return body
  }

  private static func sequence(_ statements: [BashStatement]) -> String? {
    var texts: [String] = []
    for statement in statements {
      guard !statement.background, let text = of(statement) else { return nil }
      texts.append(text)
    }
    return texts.joined(separator: "; ")
  }
}
