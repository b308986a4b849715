import SpecModel

/// `cut -f LIST [-d SEP] [-s] [--output-delimiter=STR] [FILE]`, `cut -b LIST [FILE]`,
/// `cut -c LIST [FILE]`, each with `--complement`.
enum CutCommand: PipelineCommand {
  static let names = ["cut"]

  static let scanner = OptionScanner(
    shortWithValue: ["b", "c", "f", "d"], shortFlags: ["s"],
    longWithValue: ["bytes", "characters", "fields", "delimiter", "output-delimiter"],
    longFlags: ["only-delimited", "complement"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var unit: CutInvocation.Unit?
    var ranges: [CutRange] = []
    var delimiter: String?
    var onlyDelimited = false
    var complement = false
    var outputDelimiter: String?
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        if name == "complement" { complement = true } else { onlyDelimited = true }
      case .option(let name, let word, _):
        guard let text = context.staticText(word) else {
          context.error("cut -\(name) takes a literal value", at: word.position)
          return nil
        }
        if name == "output-delimiter" {
          guard !text.isEmpty else {
            context.error(
              "cut --output-delimiter='' (a NUL delimiter) is not supported", at: word.position)
            return nil
          }
          outputDelimiter = text
          continue
        }
        if name == "d" || name == "delimiter" {
          guard text.utf8.count == 1 else {
            context.error(
              text.isEmpty
                ? "cut -d '' (a NUL delimiter) is not supported"
                : "cut: the delimiter must be a single character, not '\(text)'",
              at: word.position)
            return nil
          }
          delimiter = text
          continue
        }
        guard unit == nil else {
          context.error("cut: only one list may be specified", at: word.position)
          return nil
        }
        guard let list = CutRange.parseList(text) else {
          context.error(
            "cut list '\(text)' is not valid (N, N-M, N- or -M, numbered from 1, "
              + "separated by commas)", at: word.position)
          return nil
        }
        unit = name == "f" || name == "fields" ? .fields : .bytes
        ranges = list
      case .operand(let word):
        if files.isEmpty, context.staticText(word) == "-" {
          files.append("-")
          continue
        }
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .unknown(let text, let word):
        context.error("cut option '\(text)' is not supported", at: word.position)
        return nil
      }
    }
    guard let unit else {
      context.error(
        "cut: you must specify a list of bytes, characters, or fields", at: call.position)
      return nil
    }
    if unit == .bytes, delimiter != nil {
      context.error(
        "cut: an input delimiter may be specified only when operating on fields",
        at: call.position)
      return nil
    }
    if unit == .bytes, onlyDelimited {
      context.error(
        "cut: suppressing non-delimited lines makes sense only when operating on fields",
        at: call.position)
      return nil
    }
    if unit == .bytes, outputDelimiter != nil {
      context.error(
        "cut --output-delimiter with -b/-c is not supported (only with -f)", at: call.position)
      return nil
    }
    let cut = CutInvocation(
      unit: unit, ranges: ranges, delimiter: delimiter, onlyDelimited: onlyDelimited,
      complement: complement, outputDelimiter: outputDelimiter, files: files)
    return .reading(files, .cut(cut))
  }
}
