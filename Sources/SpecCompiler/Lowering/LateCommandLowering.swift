import Shell
import SpecModel

/// A simple command whose name is only known at run time: `"$@"` in a `retry` or `run`
/// wrapper, `"${cmd[@]}"`, `$RUNNER`. It becomes a `lateCommand` step of its words; the
/// runtime expands them, then calls the function they name or lowers the command they spell
/// with `LateLowering`, through the same command table as here.
extension LoweringContext {
  mutating func lateCommand(_ statement: BashStatement, arguments: [BashWord], line: Int)
    -> [Step]
  {
    // Redirections and `set -x` traces of such a command are not modelled yet.
    guard statement.redirects.isEmpty, !tracing else {
      error(LoweringDiagnostic.nonLiteralCommandName, at: arguments[0].position)
      return []
    }
    var hoisted: [Step] = []
    guard let words = hoist(arguments, into: &hoisted, ignoreStatus: true, line: line) else {
      return []
    }
    var templates: [Template] = []
    for word in words {
      guard let t = template(word) else { return [] }
      templates.append(t)
    }
    return hoisted + [Step(line: line, .lateCommand(templates))]
  }
}

/// The steps of a command whose words became known at run time, lowered as the compiler
/// lowers the same words written literally (`curl -sS "$URL"` with the URL's value in place).
public enum LateLowering {
  /// Why the words cannot run: the first lowering error's message.
  public struct Failure: Error, Equatable, Sendable {
    public var message: String
  }

  /// The steps of the simple command `words` (the command name first), each at `line`;
  /// `functions`: the names the shell has functions for (their calls lower to `call`).
  public static func steps(words: [String], functions: Set<String>, line: Int)
    -> Result<[Step], Failure>
  {
    let code = words.map(Self.quoted).joined(separator: " ")
    var context = LoweringContext(
      file: "", owner: "", headingLine: 0, blockLine: 1, blockColumn: 1, functions: functions)
    // Its standard input is whatever the shell has there (a pipe into the wrapper).
    context.readsStandardInput = true
    let steps: [Step]
    switch BashParser.parse(code) {
    case .failure(let error):
      return .failure(Failure(message: error.message))
    case .success(let script):
      steps = context.lower(statements: script.statements)
    }
    if let problem = context.problems.first {
      return .failure(Failure(message: problem.message))
    }
    return .success(
      steps.map { step in
        var step = step
        step.line = line
        return step
      })
  }

  /// A word as a single-quoted bash word (`'it'\''s'`).
  static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
