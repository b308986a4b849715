import Shell
import SpecModel

/// `date [-u] [-d STRING] [+FORMAT | -I[SPEC] | --iso-8601[=SPEC] | --rfc-3339=SPEC | -R]`.
/// (`$(date +FORMAT)` inside a word stays the template part `date`; this is the command.)
enum DateCommand: PipelineCommand {
  static let names = ["date"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var date = DateInvocation()
    var outputs = 0
    func output(_ value: DateInvocation.Output) {
      date.output = value
      outputs += 1
    }
    var index = 0
    var optionsEnded = false
    while index < call.arguments.count {
      let word = call.arguments[index]
      index += 1
      let text = context.staticText(word)
      if !optionsEnded, let text, text.hasPrefix("--"), text != "--" {
        let (name, value) = split(text)
        switch name {
        case "utc", "universal":
          date.utc = true
        case "date":
          guard
            let valueWord = value.map({ OptionScanner.literal($0, at: word) })
              ?? next(call.arguments, &index)
          else { return missing(text, word, &context) }
          guard let t = context.template(valueWord) else { return nil }
          date.date = t
        case "iso-8601":
          guard let precision = precision(value ?? "date", for: text, word, &context) else {
            return nil
          }
          output(.iso8601(precision))
        case "rfc-3339":
          guard let value else { return missing(text, word, &context) }
          guard let precision = precision(value, for: text, word, &context) else { return nil }
          guard [.date, .seconds, .ns].contains(precision) else {
            context.error(
              CommandDiagnostic.dateInvalidArgument(argument: value, option: "--rfc-3339"),
              at: word.position)
            return nil
          }
          output(.rfc3339(precision))
        case "rfc-email", "rfc-2822", "rfc-822":
          output(.rfcEmail)
        default:
          context.error(
            CommandDiagnostic.unsupportedOption(command: "date", option: text), at: word.position)
          return nil
        }
        continue
      }
      if !optionsEnded, text == "--" {
        optionsEnded = true
        continue
      }
      if !optionsEnded, let text, text.hasPrefix("-"), text.count > 1 {
        var letters = text.dropFirst()[...]
        while let letter = letters.popFirst() {
          switch letter {
          case "u": date.utc = true
          case "R": output(.rfcEmail)
          case "I":
            guard
              let p = precision(
                letters.isEmpty ? "date" : String(letters), for: text, word, &context)
            else { return nil }
            output(.iso8601(p))
            letters = ""
          case "d":
            let valueWord =
              letters.isEmpty
              ? next(call.arguments, &index)
              : OptionScanner.literal(String(letters), at: word)
            guard let valueWord else { return missing("-d", word, &context) }
            guard let t = context.template(valueWord) else { return nil }
            date.date = t
            letters = ""
          default:
            context.error(
              CommandDiagnostic.unsupportedOption(command: "date", option: "-\(letter)"),
              at: word.position)
            return nil
          }
        }
        continue
      }
      guard let t = context.template(word)?.normalized, case .literal(let head)? = t.parts.first,
        head.hasPrefix("+")
      else {
        context.error(
          CommandUsageDiagnostic.dateOperandNotFormat,
          at: word.position)
        return nil
      }
      var parts = t.parts
      parts[0] = .literal(String(head.dropFirst()))
      output(.format(Template(parts).normalized))
    }
    if outputs > 1 {
      context.error(CommandUsageDiagnostic.dateSeveralFormats, at: call.position)
      return nil
    }
    return .source(.date(date))
  }

  private static func split(_ text: String) -> (String, String?) {
    let body = text.dropFirst(2)
    guard let eq = body.firstIndex(of: "=") else { return (String(body), nil) }
    return (String(body[..<eq]), String(body[body.index(after: eq)...]))
  }

  private static func next(_ arguments: [BashWord], _ index: inout Int) -> BashWord? {
    guard index < arguments.count else { return nil }
    index += 1
    return arguments[index - 1]
  }

  private static func missing(
    _ option: String, _ word: BashWord, _ context: inout LoweringContext
  ) -> PipelineStage? {
    context.error(
      CommandDiagnostic.optionNeedsValue(command: "date", option: option), at: word.position)
    return nil
  }

  /// GNU date accepts any unambiguous prefix of the precision names.
  private static func precision(
    _ text: String, for option: String, _ word: BashWord, _ context: inout LoweringContext
  ) -> DateInvocation.Precision? {
    let all: [DateInvocation.Precision] = [.date, .hours, .minutes, .seconds, .ns]
    let matches = all.filter { $0.rawValue.hasPrefix(text) }
    guard !text.isEmpty, matches.count == 1 || all.contains(where: { $0.rawValue == text }) else {
      context.error(
        CommandDiagnostic.dateInvalidArgument(argument: text, option: option), at: word.position)
      return nil
    }
    return all.first { $0.rawValue == text } ?? matches[0]
  }
}
