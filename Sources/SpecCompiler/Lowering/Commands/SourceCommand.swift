import SpecModel

/// `source FILE` / `. FILE`: an environment file loaded into the scenario.
enum SourceCommand: StepCommand {
  static let names = ["source", "."]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, let path = context.template(call.arguments[0]) else {
      context.error(CommandDiagnostic.takesOneFile(command: call.name), at: call.position)
      return nil
    }
    // bash would trace each assignment the file makes.
    guard context.requireUntraced("'\(call.name)'", at: call.position) else { return nil }
    return .loadEnvironmentFile(path)
  }
}
