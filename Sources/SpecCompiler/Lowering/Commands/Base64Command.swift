import SpecModel

/// `base64 [-w COLS | --wrap=COLS]`, `base64 -d`: encoded lines are COLS characters long (76
/// by default, as GNU base64; 0 does not wrap and writes no final newline); one file operand,
/// which base64 opens itself.
enum Base64Command: PipelineCommand {
  static let names = ["base64"]

  static let scanner = OptionScanner(
    shortWithValue: ["w"], shortFlags: ["d"], longWithValue: ["wrap"], longFlags: ["decode"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var decode = false
    var wrap = 76
    var file: Template?
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag:
        decode = true
      case .option(_, let word, _):
        guard let text = context.staticText(word) else {
          context.error(CommandUsageDiagnostic.base64WrapNotLiteral, at: word.position)
          return nil
        }
        guard let columns = Int(text), columns >= 0 else {
          context.error(CommandDiagnostic.base64InvalidWrap(text), at: word.position)
          return nil
        }
        wrap = columns
      case .operand(let word):
        guard file == nil else {
          context.error(
            CommandDiagnostic.base64ExtraOperand(context.staticText(word) ?? "…"), at: word.position
          )
          return nil
        }
        guard let operand = context.template(word) else { return nil }
        file = operand
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "base64", option: text), at: word.position)
        return nil
      }
    }
    // `-` is standard input, as no operand is.
    if file == "-" { file = nil }
    return .reading(file.map { [$0] } ?? [], .base64(decode: decode, wrap: wrap, file: file))
  }
}
