import SpecModel

/// `shift [N]`: N literal (a negative one is bash's "shift count out of range" at run time).
enum ShiftCommand: StepCommand {
  static let names = ["shift"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count <= 1 else {
      context.error(CommandUsageDiagnostic.shiftOneCount, at: call.arguments[1].position)
      return nil
    }
    guard let word = call.arguments.first else { return .shift(1) }
    guard let text = context.staticText(word), let count = Int(text) else {
      context.error(CommandUsageDiagnostic.shiftCountNotLiteral, at: word.position)
      return nil
    }
    return .shift(count)
  }
}
