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
        context.error("printf -v needs a literal variable name", at: first.position)
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
      context.error("printf without a format", at: call.position)
      return nil
    }
    guard let format = context.staticText(formatWord) else {
      context.error("printf needs a literal format", at: formatWord.position)
      return nil
    }
    if format.hasPrefix("-") && !endOfOptions {
      context.error("printf option '\(format)' is not supported", at: formatWord.position)
      return nil
    }
    var values: [Template] = []
    for word in arguments {
      guard let t = context.template(word) else { return nil }
      values.append(t)
    }
    if variable == nil, !values.contains(where: \.isWordList),
      let text = staticText(format, values: values)
    {
      return .source(.text(text))
    }
    if let problem = unsupported(format) {
      context.error(problem, at: formatWord.position)
      return nil
    }
    return .source(.printf(PrintfCall(format: format, arguments: values, variable: variable)))
  }

  /// The printed text when it is known at compile time: every argument is one word, and every
  /// conversion other than a plain `%s` has a literal argument.
  private static func staticText(_ format: String, values: [Template]) -> Template? {
    var parts: [TemplatePart] = []
    var consumed = 0
    repeat {
      let start = consumed
      guard render(format, values: values, consumed: &consumed, into: &parts) else { return nil }
      if consumed == start { break }
    } while consumed < values.count
    return Template(parts).normalized
  }

  /// Why bash's printf, as the runtime formats it, cannot take `format`; `nil` when it can.
  private static func unsupported(_ format: String) -> String? {
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
        return "printf format ends inside a conversion"
      }
      if !"diouxXeEfFgGaAcsb%".contains(conversion) {
        return "printf conversion %\(conversion) is not supported"
      }
    }
    return nil
  }

  /// Escapes whose meaning `Escapes.backslash` gives as bash's printf format does; any other
  /// (octal, `\x`, `\u`…) leaves the formatting to the runtime.
  private static let staticEscapes: Set<Character> = [
    "n", "t", "r", "a", "b", "f", "v", "e", "\\", "\"", "'",
  ]

  private static func render(
    _ format: String, values: [Template], consumed: inout Int, into parts: inout [TemplatePart]
  ) -> Bool {
    var chars = Array(format)[...]
    func next() -> Template {
      defer { consumed += 1 }
      return consumed < values.count ? values[consumed] : Template([])
    }
    while let c = chars.popFirst() {
      if c == "\\" {
        guard let escaped = chars.first, staticEscapes.contains(escaped) else { return false }
        parts.append(.literal(Escapes.backslash(&chars)))
        continue
      }
      guard c == "%" else {
        parts.append(.literal(String(c)))
        continue
      }
      var spec = ""
      while let d = chars.first, "-+ #0123456789.".contains(d) {
        spec.append(d)
        chars.removeFirst()
      }
      guard let conversion = chars.popFirst() else { return false }
      switch conversion {
      case "%" where spec.isEmpty: parts.append(.literal("%"))
      case "s" where spec.isEmpty: parts += next().parts
      case "s", "d", "i", "b", "c", "x", "o", "u":
        guard let literal = next().literalText,
          let text = formatLiteral(literal, spec: spec, conversion: conversion)
        else { return false }
        parts.append(.literal(text))
      default:
        return false
      }
    }
    return true
  }

  private static func formatLiteral(_ value: String, spec: String, conversion: Character) -> String?
  {
    var text: String
    switch conversion {
    case "s": text = value
    case "b":
      var chars = Array(value)[...]
      text = ""
      while let c = chars.popFirst() {
        guard c == "\\" else {
          text.append(c)
          continue
        }
        // `\c`, octal, `\x`… are the runtime's.
        guard let escaped = chars.first, staticEscapes.contains(escaped) else { return nil }
        text += Escapes.backslash(&chars)
      }
    case "c":
      // bash prints the first byte (a NUL for an empty argument): leave those to the runtime.
      guard let first = value.unicodeScalars.first, first.isASCII else { return nil }
      text = String(first)
    case "d", "i", "u", "x", "o":
      // Plain decimal only: bash reads `010` as octal, `0x10` as hex, `'A` as a character code,
      // and prints negative numbers unsigned with %u, %x and %o; the runtime does those.
      let digits = value.hasPrefix("-") ? value.dropFirst() : value[...]
      guard digits == "0" || (digits.first != "0" && digits.allSatisfy(\.isASCII)),
        let n = Int(value.isEmpty ? "0" : value), n >= 0 || "di".contains(conversion)
      else { return nil }
      text =
        conversion == "x"
        ? String(n, radix: 16) : conversion == "o" ? String(n, radix: 8) : String(n)
    default:
      return nil
    }
    // Widths and precisions count bytes: the runtime pads text that is not ASCII.
    if !spec.isEmpty && !text.allSatisfy(\.isASCII) { return nil }
    let left = spec.hasPrefix("-")
    let zero = spec.hasPrefix("0")
    let digits = spec.drop { "-+ #0".contains($0) }
    let pieces = digits.split(separator: ".", omittingEmptySubsequences: false)
    if pieces.count == 2, let precision = Int(pieces[1]), conversion == "s" {
      text = String(text.prefix(precision))
    }
    if let width = pieces.first.flatMap({ Int($0) }), text.count < width {
      let pad = String(repeating: zero && !left ? "0" : " ", count: width - text.count)
      text = left ? text + pad : pad + text
    }
    return text
  }
}
