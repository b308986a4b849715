import SpecModel

/// `tee [-a] [FILE…]`: the input passes through and is written to each file.
enum TeeCommand: PipelineCommand {
  static let names = ["tee"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["a"], longWithValue: [], longFlags: ["append"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var append = false
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag:
        append = true
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .option(let text, let word, _), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "tee", option: text), at: word.position)
        return nil
      }
    }
    return .filter(.tee(files: files, append: append))
  }
}
