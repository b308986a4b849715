import SpecModel

/// `return [N]`.
enum ReturnCommand: StepCommand {
  static let names = ["return"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard let status = ExitCommand.statusArgument(call, context: &context) else { return nil }
    return .returnFromFunction(status)
  }
}
