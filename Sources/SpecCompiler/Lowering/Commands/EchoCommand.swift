import Shell
import SpecModel

/// `echo [-n] [-e] WORD…`.
enum EchoCommand: PipelineCommand {
  static let names = ["echo"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var newline = true
    var escapes = false
    var words = call.arguments[...]
    while let first = words.first, let text = context.staticText(first), text.count > 1,
      text.hasPrefix("-"),
      text.dropFirst().allSatisfy({ "neE".contains($0) })
    {
      for flag in text.dropFirst() {
        switch flag {
        case "n": newline = false
        case "e": escapes = true
        default: escapes = false
        }
      }
      words.removeFirst()
    }
    if words.count > 1 {
      var arguments: [Template] = []
      for word in words {
        guard let t = context.template(word) else { return nil }
        arguments.append(t)
      }
      // A word that may expand to no word at all changes where the spaces go: the words are
      // joined at run time.
      if arguments.contains(where: \.isWordList) {
        guard !escapes else {
          context.error(CommandUsageDiagnostic.echoEscapesNotLiteral, at: call.position)
          return nil
        }
        return .source(.echo(EchoCall(arguments: arguments, newline: newline)))
      }
    }
    if escapes { return escaped(Array(words), newline: newline, context: &context) }
    var parts: [TemplatePart] = []
    for (index, word) in words.enumerated() {
      if index > 0 { parts.append(.literal(" ")) }
      guard let t = context.template(word) else { return nil }
      parts += t.parts
    }
    if newline { parts.append(.literal("\n")) }
    return .source(.text(Template(parts).normalized))
  }

  /// `echo -e`: the words joined by spaces, with bash's echo escapes (`\c` ends the output,
  /// newline included), expanded at compile time by the escapes the runtime's printf reads.
  /// Output that a template cannot hold (bytes that are not UTF-8, NUL) is printed at run time
  /// by a printf format that spells its bytes.
  private static func escaped(
    _ words: [BashWord], newline: Bool, context: inout LoweringContext
  ) -> PipelineStage? {
    var texts: [String] = []
    for word in words {
      guard let t = context.template(word) else { return nil }
      guard let literal = t.literalText else {
        context.error(CommandUsageDiagnostic.echoEscapesNotLiteral, at: word.position)
        return nil
      }
      texts.append(literal)
    }
    let expanded = BackslashEscapes.expand(texts.joined(separator: " "), .echo)
    var bytes = expanded.bytes
    if newline && !expanded.stopped { bytes.append(0x0A) }
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
      let format = BackslashEscapes.printfFormat(printing: bytes)
      return .source(.printf(PrintfCall(format: format, arguments: [])))
    }
    return .source(.text(Template([.literal(text)]).normalized))
  }
}
