import SpecModel

/// `wc [-l] [-w] [-m] [-c] [-L] [FILE…]`: one count of the input is the filter `count`;
/// several counts, or file operands, the filter `wc`.
enum WordCountCommand: PipelineCommand {
  static let names = ["wc"]

  static let scanner = OptionScanner(
    shortWithValue: [], shortFlags: ["c", "l", "w", "m", "L"], longWithValue: [],
    longFlags: ["bytes", "lines", "words", "chars", "max-line-length"])

  /// wc's column order.
  static let order: [CountUnit] = [.lines, .words, .characters, .bytes, .maxLineLength]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var counts: Set<CountUnit> = []
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "c", "bytes": counts.insert(.bytes)
        case "l", "lines": counts.insert(.lines)
        case "w", "words": counts.insert(.words)
        case "m", "chars": counts.insert(.characters)
        default: counts.insert(.maxLineLength)
        }
      case .operand(let word):
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .option(let text, let word, _), .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "wc", option: text), at: word.position)
        return nil
      }
    }
    if counts.isEmpty { counts = [.lines, .words, .bytes] }
    let ordered = order.filter(counts.contains)
    if ordered.count == 1, files.isEmpty {
      return .filter(.count(ordered[0]))
    }
    let filter = Filter.wordCount(WordCountInvocation(counts: ordered, files: files))
    return .reading(files, filter)
  }
}

extension LoweringContext {
  /// `filter`, first in its pipeline, with `input` as standard input: `wc` sizes its columns
  /// by what standard input is, so it keeps the file `< FILE` gives it.
  static func readingStandardInput(_ filter: Filter, from input: Source?) -> Filter {
    guard case .wordCount(var wc) = filter, case .file(let path)? = input else { return filter }
    wc.standardInputFile = path
    return .wordCount(wc)
  }
}
