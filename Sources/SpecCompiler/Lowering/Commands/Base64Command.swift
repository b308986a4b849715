import SpecModel

/// `base64 [-w COLS | --wrap=COLS]`, `base64 -d`: encoded lines are COLS characters long (76
/// by default, as GNU base64; 0 does not wrap and writes no final newline).
enum Base64Command: PipelineCommand {
  static let names = ["base64"]

  static let scanner = OptionScanner(
    shortWithValue: ["w"], shortFlags: ["d"], longWithValue: ["wrap"], longFlags: ["decode"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var decode = false
    var wrap = 76
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag:
        decode = true
      case .option(_, let word, _):
        guard let text = context.staticText(word) else {
          context.error("base64 needs a literal wrap width", at: word.position)
          return nil
        }
        guard let columns = Int(text), columns >= 0 else {
          context.error("base64: invalid wrap size: '\(text)'", at: word.position)
          return nil
        }
        wrap = columns
      case .operand(let word), .unknown(_, let word):
        context.error("base64 option is not supported", at: word.position)
        return nil
      }
    }
    return .filter(.base64(decode: decode, wrap: wrap))
  }
}
