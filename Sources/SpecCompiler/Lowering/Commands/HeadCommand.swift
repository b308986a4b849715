import SpecModel

/// `head -n N`, `head -N`, `head -c N`; a count that is not plain digits (`"$N"`, `-2` for all
/// but the last two, `1K`) is read when the scenario runs, as coreutils reads it.
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
        let bytes = name == "c" || name == "bytes"
        if let text = context.staticText(word), !text.isEmpty,
          text.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(text)
        {
          filter = bytes ? .bytes(ByteRange(count: count)) : .lines(LineRange(from: 1, to: count))
        } else {
          guard let count = context.template(word) else { return nil }
          filter = .head(HeadTailCount(unit: bytes ? .bytes : .lines, count: count))
        }
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .flag(let text, let word), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "head", option: text), at: word.position)
        return nil
      }
    }
    if case .lines(let range) = filter, range.to == 0 { filter = .bytes(ByteRange(count: 0)) }
    guard !files.isEmpty else { return .filter(filter) }
    // With file operands head opens them itself: the filter that names it.
    var head: HeadTailCount
    switch filter {
    case .head(let count): head = count
    case .bytes(let range):
      head = HeadTailCount(unit: .bytes, count: Template(literal: "\(range.count ?? 0)"))
    case .lines(let range):
      head = HeadTailCount(unit: .lines, count: Template(literal: "\(range.to ?? 10)"))
    default: return nil
    }
    head.files = files
    return .reading(files, .head(head))
  }
}
