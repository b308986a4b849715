import Shell
import SpecModel

/// `read [-r] [-d DELIM] [-a ARRAY] [NAME…]`, with `IFS=VALUE` before it for that command only.
enum ReadCommand: StepCommand {
  static let names = ["read"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    lower(call, ifs: nil, context: &context).map { .read($0) }
  }

  static func lower(_ call: CommandCall, ifs: Template?, context: inout LoweringContext)
    -> ReadStep?
  {
    var step = ReadStep(names: [], ifs: ifs)
    var words: [BashWord] = []
    for item in options.scan(call.arguments, context: context) {
      switch item {
      case .flag:
        step.raw = true
      case .option("d", let value, let word):
        guard let delimiter = context.staticText(value) else {
          context.error(
            CommandDiagnostic.readOptionNeedsLiteralDelimiter(command: "read"), at: word.position)
          return nil
        }
        step.delimiter = delimiter
      case .option(_, let value, let word):
        guard let name = context.staticText(value), isName(name) else {
          context.error(
            CommandDiagnostic.readOptionNeedsLiteralArrayName(command: "read"), at: word.position)
          return nil
        }
        step.array = name
      case .operand(let word):
        words.append(word)
      case .unknown(let text, let word):
        context.error(Self.optionError(text, command: "read"), at: word.position)
        return nil
      }
    }
    if step.array != nil, let extra = words.first {
      context.error(CommandUsageDiagnostic.readArrayWithNames, at: extra.position)
      return nil
    }
    for word in words {
      guard let name = context.staticText(word), isName(name) else {
        context.error(CommandUsageDiagnostic.readNamesNotLiteral, at: word.position)
        return nil
      }
      step.names.append(name)
    }
    return step
  }

  /// bash's builtins take their options before the first operand.
  static let options = OptionScanner(
    shortWithValue: ["d", "a"], shortFlags: ["r"], longWithValue: [], longFlags: [],
    stopAtFirstOperand: true)

  /// An option `read` or `mapfile` does not take, or one whose value is missing.
  static func optionError(_ text: String, command: String) -> CommandDiagnostic {
    switch text {
    case "-d": .readOptionNeedsLiteralDelimiter(command: command)
    case "-a": .readOptionNeedsLiteralArrayName(command: command)
    default: .unsupportedOption(command: command, option: text)
    }
  }

  static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
    }
  }
}
