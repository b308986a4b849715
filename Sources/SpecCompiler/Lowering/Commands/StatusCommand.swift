import SpecModel

/// `true`, `:`, `false`.
enum StatusCommand: StepCommand {
  static let names = ["true", ":", "false"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    .status(call.name == "false" ? 1 : 0)
  }
}
