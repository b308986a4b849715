import SpecModel

/// `break [N]`, `continue [N]`.
enum LoopControlCommand: StepCommand {
  static let names = ["break", "continue"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var levels = 1
    if let word = call.arguments.first {
      guard let n = context.staticText(word).flatMap({ Int($0) }), n >= 1 else {
        context.error(
          CommandDiagnostic.takesPositiveLiteralCount(command: call.name), at: word.position)
        return nil
      }
      levels = n
    }
    return call.name == "break" ? .breakLoop(levels) : .continueLoop(levels)
  }
}
