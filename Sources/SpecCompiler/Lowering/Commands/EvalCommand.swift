import Shell
import SpecModel

/// `eval WORD…` whose words are known here (`eval "x=1"`, `eval 'f() { …; }'`): bash joins them
/// with spaces, parses the text and runs it in the current shell, so it is parsed and lowered
/// here, at the first word's position (its second line is the markdown line after it). Text
/// known only at run time (`eval "$(…)"`, `eval "$CMD"`) is an error.
enum EvalCommand: StepCommand {
  static let names = ["eval"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard let first = call.arguments.first else { return .status(0) }
    var texts: [String] = []
    for word in call.arguments {
      guard let text = context.staticText(word) else {
        context.error(CommandUsageDiagnostic.evalNotLiteral, at: word.position)
        return nil
      }
      texts.append(text)
    }
    guard context.requireUntraced("eval", at: call.position) else { return nil }
    let script = texts.joined(separator: " ")
    switch BashParser.parse(script) {
    case .failure(let error):
      context.error(
        CommandDiagnostic.toolError(command: "eval", message: error.message), at: first.position)
      return nil
    case .success(let file):
      let saved = (context.blockLine, context.blockColumn)
      let at = context.markdown(first.position)
      context.blockLine = at.line
      context.blockColumn = at.column
      defer { (context.blockLine, context.blockColumn) = saved }
      let errors = context.problems.count
      let steps = context.lower(statements: file.statements)
      guard context.problems.count == errors else { return nil }
      return steps.isEmpty ? .status(0) : .group(steps)
    }
  }
}
