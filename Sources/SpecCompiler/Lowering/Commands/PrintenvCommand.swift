import SpecModel

/// `printenv NAME…` (a bare `printenv`, listing the whole environment in the process's order,
/// is not supported).
enum PrintenvCommand: PipelineCommand {
  static let names = ["printenv"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var names: [Template] = []
    for word in call.arguments {
      if let text = context.staticText(word), text.hasPrefix("-") {
        context.error(
          CommandDiagnostic.unsupportedOption(command: "printenv", option: text), at: word.position)
        return nil
      }
      guard let t = context.template(word) else { return nil }
      names.append(t)
    }
    guard !names.isEmpty else {
      context.error(
        CommandUsageDiagnostic.printenvWithoutName, at: call.position)
      return nil
    }
    return .source(.printenv(PrintenvCall(names: names)))
  }
}
