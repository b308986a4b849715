import SpecModel

/// `tail -n N`, `tail -N`, `tail -n +N`.
enum TailCommand: PipelineCommand {
  static let names = ["tail"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var scanner = OptionScanner(
      shortWithValue: ["n"], shortFlags: [], longWithValue: ["lines"], longFlags: [])
    scanner.allowsNumericOption = true
    var filter: Filter = .lines(LineRange(last: 10))
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .option(_, let word, _):
        guard let text = context.staticText(word) else {
          context.error("tail -n takes a literal count", at: word.position)
          return nil
        }
        if text.hasPrefix("+"), let from = Int(text.dropFirst()) {
          filter = .lines(LineRange(from: max(1, from)))
        } else if let count = Int(text), count >= 0 {
          filter = .lines(LineRange(last: count))
        } else {
          context.error("tail -n takes a literal count", at: word.position)
          return nil
        }
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .flag(let text, let word), .unknown(let text, let word):
        context.error("tail option '\(text)' is not supported", at: word.position)
        return nil
      }
    }
    return files.isEmpty ? .filter(filter) : .sourceAndFilter(.file(files[0]), filter)
  }
}
