import SpecModel

/// `chmod [--] MODE PATH…` with an octal mode (`600`) or a symbolic one (`u+x`, `go-w`,
/// `a=r,u+w`, `+X`); GNU chmod reads `-w`, `-x`, … as modes too. Options (`-R`, `-v`, …) are
/// refused.
enum ChangeModeCommand: StepCommand {
  static let names = ["chmod"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var arguments = call.arguments[...]
    if let first = arguments.first, context.staticText(first) == "--" {
      arguments = arguments.dropFirst()
    }
    guard arguments.count >= 2, let text = context.staticText(arguments.first!),
      let mode = FileModeChange(text)
    else {
      context.error(CommandUsageDiagnostic.chmodOperands, at: call.position)
      return nil
    }
    var paths: [Template] = []
    for word in arguments.dropFirst() {
      guard let path = context.template(word) else { return nil }
      paths.append(path)
    }
    return .changeMode(mode: mode, paths: paths)
  }
}
