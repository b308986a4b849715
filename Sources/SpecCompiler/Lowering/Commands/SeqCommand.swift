import Shell
import SpecModel

/// `seq [-s SEP] [-w] [-f FORMAT] [FIRST [INCREMENT]] LAST` as a command (`$(seq …)` in a `for`
/// list stays the loop item `seq`). As GNU seq, a negative number ends the options.
enum SeqCommand: PipelineCommand {
  static let names = ["seq"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var separator: Template?
    var equalWidth = false
    var format: Template?
    var operands: [Template] = []
    var index = 0
    var optionsEnded = false
    func value(_ attached: String?, _ word: BashWord, _ context: inout LoweringContext)
      -> Template?
    {
      if let attached { return Template([.literal(attached)]) }
      guard index < call.arguments.count else {
        context.error(
          CommandDiagnostic.optionNeedsValue(
            command: "seq", option: context.staticText(word) ?? ""), at: word.position)
        return nil
      }
      index += 1
      return context.template(call.arguments[index - 1])
    }
    while index < call.arguments.count {
      let word = call.arguments[index]
      index += 1
      let text = context.staticText(word)
      guard !optionsEnded, let text, text.hasPrefix("-"), text.count > 1,
        !isNumberStart(text.dropFirst().first)
      else {
        optionsEnded = true
        guard let t = context.template(word) else { return nil }
        operands.append(t)
        continue
      }
      if text == "--" {
        optionsEnded = true
        continue
      }
      if text.hasPrefix("--") {
        let body = text.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        let attached = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
        switch name {
        case "separator":
          guard let t = value(attached, word, &context) else { return nil }
          separator = t
        case "format":
          guard let t = value(attached, word, &context) else { return nil }
          format = t
        case "equal-width" where attached == nil:
          equalWidth = true
        default:
          context.error(
            CommandDiagnostic.unsupportedOption(command: "seq", option: text), at: word.position)
          return nil
        }
        continue
      }
      var letters = text.dropFirst()[...]
      while let letter = letters.popFirst() {
        switch letter {
        case "w":
          equalWidth = true
        case "s", "f":
          guard let t = value(letters.isEmpty ? nil : String(letters), word, &context) else {
            return nil
          }
          if letter == "s" { separator = t } else { format = t }
          letters = ""
        default:
          context.error(
            CommandDiagnostic.unsupportedOption(command: "seq", option: "-\(letter)"),
            at: word.position)
          return nil
        }
      }
    }
    guard (1...3).contains(operands.count) else {
      context.error(
        operands.isEmpty
          ? CommandDiagnostic.missingOperand(command: "seq") : .extraOperand(command: "seq"),
        at: call.position)
      return nil
    }
    if format != nil, equalWidth {
      context.error(
        CommandUsageDiagnostic.seqFormatWithEqualWidth,
        at: call.position)
      return nil
    }
    let seq = SeqInvocation(
      first: operands.count > 1 ? operands[0] : nil,
      increment: operands.count == 3 ? operands[1] : nil, last: operands[operands.count - 1],
      separator: separator, equalWidth: equalWidth, format: format)
    return .source(.sequence(seq))
  }

  private static func isNumberStart(_ c: Character?) -> Bool {
    guard let c else { return false }
    return c == "." || (c.isASCII && c.isNumber)
  }
}
