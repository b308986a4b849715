import SpecModel

/// `tail -n N`, `tail -N`, `tail -n +N`, `tail -c N`; a count that is not plain digits with an
/// optional `+` (`"$N"`, `1K`), or any byte count, is read when the scenario runs, as
/// coreutils reads it.
enum TailCommand: PipelineCommand {
  static let names = ["tail"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var scanner = OptionScanner(
      shortWithValue: ["n", "c"], shortFlags: [], longWithValue: ["lines", "bytes"], longFlags: [])
    scanner.allowsNumericOption = true
    var filter: Filter = .lines(LineRange(last: 10))
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .option(let name, let word, _):
        let bytes = name == "c" || name == "bytes"
        let text = context.staticText(word)
        let digits = text.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }
        if !bytes, let text, let digits, !digits.isEmpty,
          digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits)
        {
          filter =
            text.hasPrefix("+")
            ? .lines(LineRange(from: max(1, count))) : .lines(LineRange(last: count))
        } else {
          guard let count = context.template(word) else { return nil }
          filter = .tail(HeadTailCount(unit: bytes ? .bytes : .lines, count: count))
        }
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .flag(let text, let word), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "tail", option: text), at: word.position)
        return nil
      }
    }
    guard !files.isEmpty else { return .filter(filter) }
    // With file operands tail opens them itself: the filter that names it.
    var tail: HeadTailCount
    switch filter {
    case .tail(let count): tail = count
    case .lines(let range):
      tail = HeadTailCount(
        unit: .lines, count: Template(literal: range.last.map { "\($0)" } ?? "+\(range.from ?? 1)"))
    default: return nil
    }
    tail.files = files
    return .reading(files, .tail(tail))
  }
}
