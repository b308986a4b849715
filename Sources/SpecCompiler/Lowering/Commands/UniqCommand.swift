import SpecModel

/// `uniq [-c] [-d] [-u] [FILE]`.
enum UniqCommand: PipelineCommand {
  static let names = ["uniq"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["c", "d", "u"], longWithValue: [],
    longFlags: ["count", "repeated", "unique"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var uniq = UniqInvocation()
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "c", "count": uniq.count = true
        case "d", "repeated": uniq.repeated = true
        default: uniq.unique = true
        }
      case .operand(let word):
        if files.isEmpty, context.staticText(word) == "-" {
          files.append("-")
          continue
        }
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .option(let text, let word, _), .unknown(let text, let word):
        context.error("uniq option '\(text)' is not supported", at: word.position)
        return nil
      }
    }
    if files.count > 1 {
      context.error(
        "uniq with an output file operand is not supported (use '> FILE')", at: call.position)
      return nil
    }
    guard let file = files.first, file != "-" else { return .filter(.uniq(uniq)) }
    return .sourceAndFilter(.file(file), .uniq(uniq))
  }
}
