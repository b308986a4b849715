import SpecModel

/// `head -n N`, `head -N`, `head -c N`.
enum HeadCommand: PipelineCommand {
  static let names = ["head"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var scanner = OptionScanner(
      shortWithValue: ["n", "c"], shortFlags: [], longWithValue: ["lines", "bytes"], longFlags: [])
    scanner.allowsNumericOption = true
    var filter: Filter = .lines(LineRange(from: 1, to: 10))
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .option(let name, let word, _):
        guard let count = context.staticText(word).flatMap({ Int($0) }), count >= 0 else {
          context.error("head -\(name) takes a non-negative literal count", at: word.position)
          return nil
        }
        filter =
          name == "c" || name == "bytes"
          ? .bytes(ByteRange(count: count)) : .lines(LineRange(from: 1, to: count))
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .flag(let text, let word), .unknown(let text, let word):
        context.error("head option '\(text)' is not supported", at: word.position)
        return nil
      }
    }
    if case .lines(let range) = filter, range.to == 0 { filter = .bytes(ByteRange(count: 0)) }
    return files.isEmpty ? .filter(filter) : .sourceAndFilter(.file(files[0]), filter)
  }
}
