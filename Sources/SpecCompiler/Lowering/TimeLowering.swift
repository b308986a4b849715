import Shell
import SpecModel

/// `time [-p] PIPELINE`: bash's reserved word times the whole pipeline after it (a simple
/// command or commands joined by `|`), which the parser reads as a command named `time`.
extension LoweringContext {
  /// The pipeline without `time [-p]`, and whether `-p` was given; nil when the statement does
  /// not start with `time`.
  mutating func timePrefix(_ statement: BashStatement) -> (BashStatement, posix: Bool)? {
    guard let command = statement.command else { return nil }
    var inner = statement
    switch command {
    case .call(let assignments, let arguments):
      guard assignments.isEmpty, let words = timedWords(arguments) else { return nil }
      inner.command = .call(assignments: [], arguments: words.rest)
      return (inner, words.posix)
    case .list(var first, let links):
      guard Self.pipelineLeaves(of: command) != nil,
        case .call(let assignments, let arguments)? = first.command, assignments.isEmpty,
        let words = timedWords(arguments)
      else { return nil }
      first.command = .call(assignments: [], arguments: words.rest)
      inner.command = .list(first, links)
      return (inner, words.posix)
    default:
      return nil
    }
  }

  private func timedWords(_ arguments: [BashWord]) -> (rest: [BashWord], posix: Bool)? {
    guard let first = arguments.first, staticText(first) == "time" else { return nil }
    var rest = arguments.dropFirst()
    var posix = false
    if let next = rest.first, staticText(next) == "-p" {
      posix = true
      rest = rest.dropFirst()
    }
    // `time` alone times nothing the runtime runs: left to the command table (an error).
    return rest.isEmpty ? nil : (Array(rest), posix)
  }
}
