import Shell
import SpecModel

/// Arithmetic text from the bash syntax tree → typed expressions, checked when the document
/// is compiled: `$(( … ))`, `(( … ))`, `for (( … ))`, `let` and `${NAME:offset:length}`.
extension LoweringContext {
  /// The parsed expression, or nil after a positioned error. `position` is where the text
  /// starts in the document, when known exactly (`exact`); the error points at the bad token.
  mutating func arithmetic(_ text: String, at position: BashPosition, exact: Bool = true)
    -> ArithmeticExpression?
  {
    do {
      return try ArithmeticParser.parse(text)
    } catch {
      var at = position
      let before = text.prefix(error.offset)
      if exact, !before.contains("\n") { at.column += before.count }
      self.error(LoweringDiagnostic.arithmetic(error.bashMessage(for: text)), at: at)
      return nil
    }
  }

  /// `(( EXPRESSION ))`: the text starts after `((` and its blanks.
  mutating func arithmeticCommand(_ text: String, at position: BashPosition) -> Action? {
    let start = BashPosition(line: position.line, column: position.column + 3)
    guard let expression = arithmetic(text, at: start) else { return nil }
    return .arithmetic(ArithmeticCommand([expression]))
  }

  /// `for (( INIT; CONDITION; STEP ))`.
  mutating func arithmeticFor(
    initializer: String, condition: String, post: String, body: [BashStatement],
    at position: BashPosition
  ) -> Action? {
    var parsed: [ArithmeticExpression?] = []
    for text in [initializer, condition, post] {
      if text.isEmpty {
        parsed.append(nil)
        continue
      }
      guard let expression = arithmetic(text, at: position, exact: false) else { return nil }
      parsed.append(expression)
    }
    return .arithmeticFor(
      ArithmeticForStep(
        initializer: parsed[0], condition: parsed[1], step: parsed[2],
        body: lower(statements: body)))
  }

  /// `${NAME:offset[:length]}`: plain numbers stay `.substring`, expressions are parsed.
  mutating func substringOperation(
    offset: String, length: String?, at position: BashPosition
  ) -> ParameterExpansion.Operation? {
    if let number = Int(offset.trimmingSpaces),
      length.map({ Int($0.trimmingSpaces) != nil }) ?? true
    {
      return .substring(offset: number, length: length.flatMap { Int($0.trimmingSpaces) })
    }
    guard let offsetExpression = arithmetic(offset, at: position, exact: false) else { return nil }
    var lengthExpression: ArithmeticExpression?
    if let length {
      guard let parsed = arithmetic(length, at: position, exact: false) else { return nil }
      lengthExpression = parsed
    }
    return .arithmeticSubstring(offset: offsetExpression, length: lengthExpression)
  }
}
