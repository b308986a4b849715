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
          context.error("echo -e needs literal arguments", at: call.position)
          return nil
        }
        return .source(.echo(EchoCall(arguments: arguments, newline: newline)))
      }
    }
    var parts: [TemplatePart] = []
    for (index, word) in words.enumerated() {
      if index > 0 { parts.append(.literal(" ")) }
      guard let t = context.template(word) else { return nil }
      if escapes {
        guard let literal = t.literalText else {
          context.error("echo -e needs literal arguments", at: word.position)
          return nil
        }
        var chars = Array(literal)[...]
        var text = ""
        while let c = chars.popFirst() { text += c == "\\" ? Escapes.backslash(&chars) : String(c) }
        parts.append(.literal(text))
      } else {
        parts += t.parts
      }
    }
    if newline { parts.append(.literal("\n")) }
    return .source(.text(Template(parts).normalized))
  }
}
