import SpecModel

/// `wc -c`, `wc -l`, `wc -w` on the input (`wc -c < FILE`).
enum WordCountCommand: PipelineCommand {
  static let names = ["wc"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    guard call.arguments.count == 1, let flag = context.staticText(call.arguments[0]) else {
      context.error(
        "wc takes exactly one of -c, -l, -w and reads its input (use 'wc -c < FILE')",
        at: call.position)
      return nil
    }
    switch flag {
    case "-c", "--bytes": return .filter(.count(.bytes))
    case "-l", "--lines": return .filter(.count(.lines))
    case "-w", "--words": return .filter(.count(.words))
    default:
      context.error("wc option '\(flag)' is not supported", at: call.arguments[0].position)
      return nil
    }
  }
}
