import Shell
import SpecModel

/// `printf FORMAT [ARGUMENT…]`: the printed text, computed at compile time from the format when
/// it can be (`%s` takes any one-word argument; `%d`, `%b` and width/precision need literal
/// arguments); otherwise a `printf` source the runtime formats as bash does, with `"$@"` and
/// `"${a[@]}"` as one word per element and the format reused for each group of arguments.
/// `printf -v NAME …` is always the runtime's: it assigns the text instead of printing it.
enum PrintfCommand: PipelineCommand {
  static let names = ["printf"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var arguments = call.arguments[...]
    var variable: String?
    if let first = arguments.first, context.staticText(first) == "-v" {
      arguments.removeFirst()
      guard let name = arguments.popFirst().flatMap(context.staticText),
        ReadCommand.isName(name)
      else {
        context.error(CommandUsageDiagnostic.printfVariableNotLiteral, at: first.position)
        return nil
      }
      variable = name
    }
    var endOfOptions = false
    if let first = arguments.first, context.staticText(first) == "--" {
      arguments.removeFirst()
      endOfOptions = true
    }
    guard let formatWord = arguments.popFirst() else {
      context.error(CommandUsageDiagnostic.printfWithoutFormat, at: call.position)
      return nil
    }
    guard let format = context.staticText(formatWord) else {
      context.error(CommandUsageDiagnostic.printfFormatNotLiteral, at: formatWord.position)
      return nil
    }
    if format.hasPrefix("-") && !endOfOptions {
      context.error(
        CommandDiagnostic.unsupportedOption(command: "printf", option: format),
        at: formatWord.position)
      return nil
    }
    var values: [Template] = []
    for word in arguments {
      guard let t = context.template(word) else { return nil }
      values.append(t)
    }
    if let problem = unsupported(format) {
      context.error(problem, at: formatWord.position)
      return nil
    }
    if variable == nil, !values.contains(where: \.isWordList),
      let text = staticText(format, values: values)
    {
      return .source(.text(text))
    }
    return .source(.printf(PrintfCall(format: format, arguments: values, variable: variable)))
  }

  /// The printed text when it is known at compile time, formatted by the runtime's printf
  /// (`BashPrintf`): every argument is one word, and an argument whose text is known only at run
  /// time is printed by a plain `%s`. Such an argument goes through the formatting as a
  /// placeholder (a private-use character no other text holds) that its template then replaces.
  /// Output that is not UTF-8 text, or that holds a NUL, is left to the runtime.
  private static func staticText(_ format: String, values: [Template]) -> Template? {
    var placeholders: [Unicode.Scalar: Template] = [:]
    var arguments: [String] = []
    for (index, value) in values.enumerated() {
      if let literal = value.literalText {
        arguments.append(literal)
        continue
      }
      guard let scalar = Unicode.Scalar(placeholderBase + UInt32(index)) else { return nil }
      placeholders[scalar] = value
      arguments.append(String(scalar))
    }
    let inputs = [format] + values.compactMap(\.literalText)
    guard !inputs.contains(where: { $0.unicodeScalars.contains { $0.value >= placeholderBase } })
    else { return nil }
    let printf = BashPrintf.format(format, arguments: arguments)
    guard printf.invalidNumbers.isEmpty, !printf.output.contains(0),
      let text = String(validating: printf.output, as: UTF8.self)
    else { return nil }
    for (index, argument) in arguments.enumerated()
    where argument.unicodeScalars.first.flatMap({ placeholders[$0] }) != nil {
      guard index < printf.conversions.count, printf.conversions[index] == "%s" else {
        return nil
      }
    }
    var parts: [TemplatePart] = []
    var literal = ""
    for scalar in text.unicodeScalars {
      guard let template = placeholders[scalar] else {
        literal.unicodeScalars.append(scalar)
        continue
      }
      parts.append(.literal(literal))
      literal = ""
      parts += template.parts
    }
    parts.append(.literal(literal))
    return Template(parts).normalized
  }

  /// The first placeholder (plane 15, private use).
  private static let placeholderBase: UInt32 = 0xF0000

  /// Why bash's printf, as the runtime formats it, cannot take `format`; `nil` when it can.
  private static func unsupported(_ format: String) -> (any DiagnosticMessage)? {
    var chars = Array(format)[...]
    while let c = chars.popFirst() {
      if c == "\\" {
        chars = chars.dropFirst()
        continue
      }
      guard c == "%" else { continue }
      while let d = chars.first, "-+ #0'".contains(d) { chars.removeFirst() }
      if chars.first == "*" { chars.removeFirst() }
      while let d = chars.first, d.isASCII, d.isNumber { chars.removeFirst() }
      if chars.first == "." {
        chars.removeFirst()
        if chars.first == "*" { chars.removeFirst() }
        while let d = chars.first, d.isASCII, d.isNumber { chars.removeFirst() }
      }
      while let d = chars.first, "hjlLtz".contains(d) { chars.removeFirst() }
      guard let conversion = chars.popFirst() else {
        return CommandUsageDiagnostic.printfFormatEndsInConversion
      }
      if !"diouxXeEfFgGaAcsb%".contains(conversion) {
        return CommandDiagnostic.printfConversionUnsupported(conversion)
      }
    }
    return nil
  }
}
