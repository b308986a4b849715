import SpecModel

/// `pwd [-L|-P]`: the shell's working directory, as `cd` left it (`-L`, the default), or with
/// symbolic links resolved (`-P`; the last of the two wins). bash ignores operands.
enum PwdCommand: PipelineCommand {
  static let names = ["pwd"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var physical = false
    for word in call.arguments {
      guard let text = context.staticText(word), text.hasPrefix("-"), text.count > 1 else { break }
      if text == "--" { break }
      for letter in text.dropFirst() {
        switch letter {
        case "L": physical = false
        case "P": physical = true
        default:
          context.error(
            CommandDiagnostic.unsupportedOption(command: "pwd", option: "-\(letter)"),
            at: word.position)
          return nil
        }
      }
    }
    return .source(.workingDirectory(physical: physical))
  }
}
