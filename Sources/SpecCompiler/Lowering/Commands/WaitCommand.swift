import SpecModel

/// `wait [PID]`.
enum WaitCommand: StepCommand {
  static let names = ["wait"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count <= 1 else {
      context.error("wait takes at most one process id", at: call.position)
      return nil
    }
    guard let word = call.arguments.first else { return .wait(nil) }
    guard let pid = context.template(word) else { return nil }
    return .wait(pid)
  }
}
