import SpecModel

/// `sleep DURATION…`: numbers with an optional `s`/`m`/`h`/`d` suffix, added up; a duration
/// known only at run time (`sleep "$DELAY"`) is read then, as GNU sleep reads it.
enum SleepCommand: StepCommand {
  static let names = ["sleep"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard !call.arguments.isEmpty else {
      context.error(CommandDiagnostic.missingOperand(command: "sleep"), at: call.position)
      return nil
    }
    var total = 0.0
    for word in call.arguments {
      guard let text = context.staticText(word) else {
        guard call.arguments.count == 1, let template = context.template(word) else {
          context.error(
            CommandUsageDiagnostic.sleepDurationsNotLiteral, at: word.position)
          return nil
        }
        return .sleep(.template(template))
      }
      guard let seconds = SleepDuration.seconds(text) else {
        context.error(
          CommandDiagnostic.invalidTimeInterval(command: "sleep", operand: text), at: word.position)
        return nil
      }
      total += seconds
    }
    return .sleep(.literal(total))
  }
}
