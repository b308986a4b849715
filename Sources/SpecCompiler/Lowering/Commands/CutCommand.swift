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
          context.error(
            CommandDiagnostic.takesLiteralValue(command: "cut -\(name)"), at: word.position)
          return nil
        }
        if name == "output-delimiter" {
          guard !text.isEmpty else {
            context.error(
              CommandUsageDiagnostic.cutNulOutputDelimiter, at: word.position)
            return nil
          }
          outputDelimiter = text
          continue
        }
        if name == "d" || name == "delimiter" {
          guard text.utf8.count == 1 else {
            if text.isEmpty {
              context.error(CommandUsageDiagnostic.cutNulDelimiter, at: word.position)
            } else {
              context.error(CommandDiagnostic.cutInvalidDelimiter(text), at: word.position)
            }
            return nil
          }
          delimiter = text
          continue
        }
        guard unit == nil else {
          context.error(CommandUsageDiagnostic.cutOneList, at: word.position)
          return nil
        }
        guard let list = CutRange.parseList(text) else {
          context.error(CommandDiagnostic.cutInvalidList(text), at: word.position)
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
        context.error(
          CommandDiagnostic.unsupportedOption(command: "cut", option: text), at: word.position)
        return nil
      }
    }
    guard let unit else {
      context.error(
        CommandUsageDiagnostic.cutNoList, at: call.position)
      return nil
    }
    if unit == .bytes, delimiter != nil {
      context.error(
        CommandUsageDiagnostic.cutDelimiterWithoutFields,
        at: call.position)
      return nil
    }
    if unit == .bytes, onlyDelimited {
      context.error(
        CommandUsageDiagnostic.cutSuppressWithoutFields,
        at: call.position)
      return nil
    }
    if unit == .bytes, outputDelimiter != nil {
      context.error(
        CommandUsageDiagnostic.cutOutputDelimiterWithoutFields, at: call.position)
      return nil
    }
    let cut = CutInvocation(
      unit: unit, ranges: ranges, delimiter: delimiter, onlyDelimited: onlyDelimited,
      complement: complement, outputDelimiter: outputDelimiter, files: files)
    return .reading(files, .cut(cut))
  }
}
