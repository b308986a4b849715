import SpecModel

/// `kill [-SIGNAL] PID`.
enum KillCommand: StepCommand {
  static let names = ["kill"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    let operands = call.arguments.filter { !(context.staticText($0)?.hasPrefix("-") ?? false) }
    guard operands.count == 1, let pid = context.template(operands[0]) else {
      context.error("kill takes one process id", at: call.position)
      return nil
    }
    return .kill(pid)
  }
}
