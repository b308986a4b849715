import SpecModel

/// `printf FORMAT [ARGUMENT…]`: the printed text, computed at compile time from the format.
/// `%s` takes any argument; `%d`, `%b` and width/precision need literal arguments.
enum PrintfCommand: PipelineCommand {
  static let names = ["printf"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var arguments = call.arguments[...]
    if let first = arguments.first, context.staticText(first) == "--" { arguments.removeFirst() }
    guard let formatWord = arguments.popFirst() else {
      context.error("printf without a format", at: call.position)
      return nil
    }
    guard let format = context.staticText(formatWord) else {
      context.error("printf needs a literal format", at: formatWord.position)
      return nil
    }
    if format.hasPrefix("-") {
      context.error("printf option '\(format)' is not supported", at: formatWord.position)
      return nil
    }
    var values: [Template] = []
    for word in arguments {
      guard let t = context.template(word) else { return nil }
      values.append(t)
    }
    var parts: [TemplatePart] = []
    var consumed = 0
    repeat {
      let start = consumed
      guard
        render(
          format, values: values, consumed: &consumed, into: &parts, context: &context,
          at: formatWord.position)
      else { return nil }
      if consumed == start { break }
    } while consumed < values.count
    return .source(.text(Template(parts).normalized))
  }

  private static func render(
    _ format: String, values: [Template], consumed: inout Int, into parts: inout [TemplatePart],
    context: inout LoweringContext, at position: BashPosition
  ) -> Bool {
    var chars = Array(format)[...]
    func next() -> Template {
      defer { consumed += 1 }
      return consumed < values.count ? values[consumed] : Template([])
    }
    while let c = chars.popFirst() {
      if c == "\\" {
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
      guard let conversion = chars.popFirst() else {
        context.error("printf format ends inside a conversion", at: position)
        return false
      }
      switch conversion {
      case "%": parts.append(.literal("%"))
      case "s" where spec.isEmpty: parts += next().parts
      case "s", "d", "i", "b", "c", "x", "o", "u", "f":
        let value = next()
        guard let literal = value.literalText else {
          context.error("printf %\(spec)\(conversion) needs a literal argument", at: position)
          return false
        }
        guard let text = formatLiteral(literal, spec: spec, conversion: conversion) else {
          context.error(
            "printf cannot format '\(literal)' with %\(spec)\(conversion)", at: position)
          return false
        }
        parts.append(.literal(text))
      default:
        context.error("printf conversion %\(conversion) is not supported", at: position)
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
        text += c == "\\" ? Escapes.backslash(&chars) : String(c)
      }
    case "c": text = value.first.map(String.init) ?? ""
    case "d", "i", "u":
      guard let n = Int(value.isEmpty ? "0" : value) else { return nil }
      text = String(n)
    case "x":
      guard let n = Int(value) else { return nil }
      text = String(n, radix: 16)
    case "o":
      guard let n = Int(value) else { return nil }
      text = String(n, radix: 8)
    default:
      return nil
    }
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
