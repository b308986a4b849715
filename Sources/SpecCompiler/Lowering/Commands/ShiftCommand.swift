import SpecModel

/// `shift [N]`: N a word read at run time (`shift "$n"`, `shift $((OPTIND - 1))`); a count that
/// is not a number or out of range is bash's error then.
enum ShiftCommand: StepCommand {
  static let names = ["shift"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count <= 1 else {
      context.error(CommandUsageDiagnostic.shiftOneCount, at: call.arguments[1].position)
      return nil
    }
    guard let word = call.arguments.first else { return .shift(Template(literal: "1")) }
    return context.template(word).map { .shift($0) }
  }
}
