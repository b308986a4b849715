import SpecModel

/// `chmod MODE PATH…` with an octal mode.
enum ChangeModeCommand: StepCommand {
  static let names = ["chmod"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count >= 2, let text = context.staticText(call.arguments[0]),
      let mode = Int(text, radix: 8)
    else {
      context.error(CommandUsageDiagnostic.chmodOperands, at: call.position)
      return nil
    }
    var paths: [Template] = []
    for word in call.arguments.dropFirst() {
      guard let path = context.template(word) else { return nil }
      paths.append(path)
    }
    return .changeMode(mode: mode, paths: paths)
  }
}
