/// The template forms that hold arithmetic: `$(( … ))`, `${NAME:offset:length}` with
/// expressions, and `${!NAME}`.
extension TemplateSyntax.Scanner {
  /// `$((` at `start` (the cursor on the first `(`) up to the matching `))`.
  mutating func arithmetic(start: Int) throws(TemplateSyntax.ParseError) -> TemplatePart {
    let open = index + 2
    var depth = 0
    var cursor = open
    while true {
      guard cursor < chars.count else {
        throw TemplateSyntax.ParseError(offset: start, message: "unterminated '$(('")
      }
      let c = chars[cursor]
      if c == "(" {
        depth += 1
      } else if c == ")" {
        if depth == 0, cursor + 1 < chars.count, chars[cursor + 1] == ")" { break }
        depth -= 1
      }
      cursor += 1
    }
    let expression = try Self.arithmetic(String(chars[open..<cursor]), at: open)
    index = cursor + 2
    return .arithmetic(expression)
  }

  /// `${!NAME}` (the cursor after `${`), or nil when the braces hold something else.
  mutating func indirectExpansion() throws(TemplateSyntax.ParseError) -> TemplatePart? {
    guard peek() == "!", let next = peek(1), next == "_" || next.isLetter || next.isNumber else {
      return nil
    }
    let start = index
    index += 1
    let n = name()
    // `${!NAME[@]}` is the indices of an array, not an indirection.
    if n.hasSuffix("[@]") || n.hasSuffix("[*]") {
      index = start
      return nil
    }
    try expect("}")
    return .expansion(ParameterExpansion(name: n, operation: .indirect))
  }

  /// The operation of `${NAME:offset[:length]}` (the cursor after the colon): `.substring` for
  /// plain numbers, `.arithmeticSubstring` for expressions.
  mutating func substringOperation() throws(TemplateSyntax.ParseError)
    -> ParameterExpansion.Operation
  {
    let offsetStart = index
    let offsetText = operand(stoppingAtColon: true)
    var lengthText: String?
    var lengthStart = index
    if peek() == ":" {
      index += 1
      lengthStart = index
      lengthText = operand(stoppingAtColon: false)
    }
    try expect("}")
    if let offset = Int(offsetText.trimmingBlanks),
      lengthText.map({ Int($0.trimmingBlanks) != nil }) ?? true
    {
      return .substring(offset: offset, length: lengthText.flatMap { Int($0.trimmingBlanks) })
    }
    let offset = try Self.arithmetic(offsetText, at: offsetStart)
    let length = try lengthText.map { text throws(TemplateSyntax.ParseError) in
      try Self.arithmetic(text, at: lengthStart)
    }
    return .arithmeticSubstring(offset: offset, length: length)
  }

  /// Text up to `}` (or `:`) outside parentheses, braces and brackets.
  private mutating func operand(stoppingAtColon: Bool) -> String {
    var depth = 0
    var text = ""
    while let c = peek() {
      if depth == 0 && (c == "}" || (stoppingAtColon && c == ":")) { break }
      if "([{".contains(c) { depth += 1 }
      if ")]}".contains(c) { depth -= 1 }
      text.append(c)
      index += 1
    }
    return text
  }

  static func arithmetic(_ text: String, at offset: Int) throws(TemplateSyntax.ParseError)
    -> ArithmeticExpression
  {
    do {
      return try ArithmeticParser.parse(text)
    } catch {
      throw TemplateSyntax.ParseError(
        offset: offset + error.offset, message: "arithmetic: \(error.message)")
    }
  }
}

extension String {
  /// Without leading and trailing blanks.
  var trimmingBlanks: String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
    return String(drop(while: blank).reversed().drop(while: blank).reversed())
  }
}
