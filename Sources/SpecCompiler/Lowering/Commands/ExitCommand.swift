import SpecModel

/// `exit [N]`.
enum ExitCommand: StepCommand {
  static let names = ["exit"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard let status = statusArgument(call, context: &context) else { return nil }
    return .exit(ExitStep(status: status))
  }

  /// `nil` status means "the last command's"; an invalid argument reports and returns nil.
  static func statusArgument(_ call: CommandCall, context: inout LoweringContext) -> Int?? {
    guard let word = call.arguments.first else { return .some(nil) }
    guard call.arguments.count == 1, let status = context.staticText(word).flatMap({ Int($0) })
    else {
      context.error(CommandDiagnostic.takesOneLiteralStatus(command: call.name), at: word.position)
      return nil
    }
    return .some(status & 0xFF)
  }
}
