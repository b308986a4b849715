import Shell
import SpecModel

/// `set -e`, `set +a`, `set -euo pipefail`, …: a step that sets the options named. `set -- WORD…` (or `set WORD…`, the first word not an
/// option) replaces the positional parameters.
enum SetCommand: StepCommand {
  static let names = ["set"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var options = ShellOptions()
    var words = call.arguments[...]
    var positional: ArraySlice<BashWord>?
    while let word = words.popFirst() {
      let text = context.staticText(word)
      if text == "--" {
        positional = words
        break
      }
      guard let text, let sign = text.first, sign == "-" || sign == "+", text.count > 1 else {
        positional = [word] + words
        break
      }
      let on = sign == "-"
      for letter in text.dropFirst() {
        switch letter {
        case "e": options.errexit = on
        case "u": options.nounset = on
        case "a": options.allexport = on
        case "x": options.xtrace = on
        case "o":
          guard let nameWord = words.popFirst(), let name = context.staticText(nameWord) else {
            context.error(CommandUsageDiagnostic.setOptionNameMissing, at: word.position)
            return nil
          }
          switch name {
          case "pipefail": options.pipefail = on
          case "errexit": options.errexit = on
          case "nounset": options.nounset = on
          case "allexport": options.allexport = on
          case "xtrace": options.xtrace = on
          default:
            context.error(CommandDiagnostic.setOptionUnsupported(name), at: nameWord.position)
            return nil
          }
        default:
          context.error(
            CommandDiagnostic.unsupportedOption(command: "set", option: "\(sign)\(letter)"),
            at: word.position)
          return nil
        }
      }
    }
    if let positional {
      guard options == ShellOptions() else {
        context.error(
          CommandUsageDiagnostic.setOptionsAndParameters,
          at: call.position)
        return nil
      }
      var templates: [Template] = []
      for word in positional {
        guard let t = context.template(word) else { return nil }
        templates.append(t)
      }
      return .setPositional(templates)
    }
    // Every option stays a step, also one the runner's `set -euo pipefail` turned on already:
    // the script may have turned it off before (`set +u … set -u`).
    if options.xtrace == true {
      guard !context.isSetup else {
        context.error(CommandUsageDiagnostic.setTraceInSetup, at: call.position)
        return nil
      }
      context.enablesTracing = true
    }
    if options == ShellOptions() { return .status(0) }
    return .setOptions(options)
  }
}
