import SpecModel

/// `cd DIR`.
enum ChangeDirectoryCommand: StepCommand {
  static let names = ["cd"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, let path = context.template(call.arguments[0]) else {
      context.error(CommandUsageDiagnostic.cdTakesOneDirectory, at: call.position)
      return nil
    }
    return .changeDirectory(path)
  }
}
