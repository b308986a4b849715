import SpecModel

/// `dirname [-z] NAME…`.
enum DirnameCommand: PipelineCommand {
  static let names = ["dirname"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["z"], longWithValue: [], longFlags: ["zero"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var zero = false
    var names: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag:
        zero = true
      case .operand(let word):
        guard let t = context.template(word) else { return nil }
        names.append(t)
      case .option(let text, let word, _), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "dirname", option: text), at: word.position)
        return nil
      }
    }
    guard !names.isEmpty else {
      context.error(CommandDiagnostic.missingOperand(command: "dirname"), at: call.position)
      return nil
    }
    return .source(.pathPart(PathPartCall(part: .directory, names: names, zero: zero)))
  }
}
