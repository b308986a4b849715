import SpecModel

/// `sleep N` (seconds, possibly fractional, or with an `s`/`m` suffix).
enum SleepCommand: StepCommand {
  static let names = ["sleep"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, var text = context.staticText(call.arguments[0]) else {
      context.error("sleep takes one literal duration", at: call.position)
      return nil
    }
    var scale = 1.0
    if text.hasSuffix("s") {
      text.removeLast()
    } else if text.hasSuffix("m") {
      text.removeLast()
      scale = 60
    }
    guard let seconds = Double(text), seconds >= 0 else {
      context.error("sleep takes one literal duration", at: call.arguments[0].position)
      return nil
    }
    return .sleep(seconds * scale)
  }
}
