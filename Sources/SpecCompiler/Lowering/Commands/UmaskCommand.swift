import SpecModel

/// `umask MASK` (octal).
enum UmaskCommand: StepCommand {
  static let names = ["umask"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, let text = context.staticText(call.arguments[0]),
      let mask = Int(text, radix: 8)
    else {
      context.error(CommandUsageDiagnostic.umaskOneMask, at: call.position)
      return nil
    }
    context.umask = mask
    return .umask(mask)
  }
}
