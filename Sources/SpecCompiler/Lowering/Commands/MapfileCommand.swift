import Shell
import SpecModel

/// `mapfile [-t] [-d DELIM] [ARRAY]` and its other name `readarray`: standard input, one element
/// per line, into an indexed array (`MAPFILE` without a name).
enum MapfileCommand: StepCommand {
  static let names = ["mapfile", "readarray"]

  /// bash's builtins take their options before the first operand.
  static let options = OptionScanner(
    shortWithValue: ["d"], shortFlags: ["t"], longWithValue: [], longFlags: [],
    stopAtFirstOperand: true)

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var step = MapfileStep(name: "MAPFILE")
    var words: ArraySlice<BashWord> = []
    for item in Self.options.scan(call.arguments, context: context) {
      switch item {
      case .flag:
        step.trim = true
      case .option(_, let value, let word):
        guard let delimiter = context.staticText(value) else {
          context.error(
            CommandDiagnostic.readOptionNeedsLiteralDelimiter(command: call.name), at: word.position
          )
          return nil
        }
        step.delimiter = delimiter
      case .operand(let word):
        words.append(word)
      case .unknown(let text, let word):
        context.error(ReadCommand.optionError(text, command: call.name), at: word.position)
        return nil
      }
    }
    if let word = words.popFirst() {
      guard let name = context.staticText(word), ReadCommand.isName(name) else {
        context.error(
          CommandDiagnostic.takesLiteralArrayName(command: call.name), at: word.position)
        return nil
      }
      step.name = name
    }
    if let extra = words.first {
      context.error(CommandDiagnostic.takesOneArrayName(command: call.name), at: extra.position)
      return nil
    }
    return .mapfile(step)
  }
}
