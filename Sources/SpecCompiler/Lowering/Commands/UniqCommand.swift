import SpecModel

/// `uniq [-c] [-d] [-u] [-i] [-f N] [-s N] [-w N] [FILE]`.
enum UniqCommand: PipelineCommand {
  static let names = ["uniq"]

  static let scanner = OptionScanner(
    shortWithValue: ["f", "s", "w"], shortFlags: ["c", "d", "u", "i"],
    longWithValue: ["skip-fields", "skip-chars", "check-chars"],
    longFlags: ["count", "repeated", "unique", "ignore-case"])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var uniq = UniqInvocation()
    var files: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "c", "count": uniq.count = true
        case "d", "repeated": uniq.repeated = true
        case "i", "ignore-case": uniq.ignoreCase = true
        default: uniq.unique = true
        }
      case .option(let name, let value, let at):
        // A number fixed in the document, as uniq reads it (no sign, no suffix).
        guard let text = context.staticText(value), !text.isEmpty, text.allSatisfy(\.isASCII),
          text.allSatisfy(\.isNumber), let number = Int(text)
        else {
          context.error(
            CommandDiagnostic.optionNeedsLiteralNumber(
              command: "uniq", option: context.staticText(at) ?? name), at: value.position)
          return nil
        }
        switch name {
        case "f", "skip-fields": uniq.skipFields = number
        case "s", "skip-chars": uniq.skipChars = number
        default: uniq.checkChars = number
        }
      case .operand(let word):
        if files.isEmpty, context.staticText(word) == "-" {
          files.append("-")
          continue
        }
        guard let file = context.template(word) else { return nil }
        files.append(file)
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "uniq", option: text), at: word.position)
        return nil
      }
    }
    if files.count > 1 {
      context.error(
        CommandUsageDiagnostic.uniqOutputFile, at: call.position)
      return nil
    }
    // `-` is standard input, as no operand is.
    uniq.file = files.first == "-" ? nil : files.first
    return .reading(files, .uniq(uniq))
  }
}
