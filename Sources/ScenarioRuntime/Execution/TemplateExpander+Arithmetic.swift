import Shell
import SpecModel

/// The expansions that evaluate arithmetic (`$(( … ))`, `${NAME:offset:length}` with
/// expressions) and `${!NAME}`.
extension ShellState {
  /// `$(( EXPRESSION ))`. As in bash, an evaluation error (`division by 0`) aborts the
  /// top-level command with status 1 and the script goes on, even under `set -e`; an unset
  /// name under `set -u` ends the shell.
  mutating func expandArithmetic(_ expression: ArithmeticExpression) throws(ExpansionError)
    -> String
  {
    String(try arithmeticValue(expression, context: nil))
  }

  /// The value of an expression; errors become expansion errors, `context` before bash's
  /// message (`V: 1/0: division by 0 …` for a substring of V).
  mutating func arithmeticValue(_ expression: ArithmeticExpression, context: String?)
    throws(ExpansionError) -> Int64
  {
    do {
      return try ArithmeticEvaluator.evaluate(expression, in: &self)
    } catch {
      switch error {
      case .unbound(let name):
        throw ExpansionError(message: "\(Self.displayName(name)): unbound variable")
      case .invalid(let message):
        throw ExpansionError(
          message: (context.map { "\($0): " } ?? "") + message, isFatal: false)
      case .expansion(let inner):
        throw inner
      }
    }
  }

  /// The offset and length of `${NAME:offset:length}` with expressions.
  mutating func substringBounds(
    _ name: String, offset: ArithmeticExpression, length: ArithmeticExpression?
  ) throws(ExpansionError) -> (offset: Int, length: Int?) {
    let start = try arithmeticValue(offset, context: name)
    let count = try length.map { e throws(ExpansionError) in try arithmeticValue(e, context: name) }
    return (Int(truncatingIfNeeded: start), count.map { Int(truncatingIfNeeded: $0) })
  }

  /// The substring for computed bounds; a length below the offset is reported with the
  /// length's text, as bash does (`-n: substring expression < 0`).
  mutating func substring(
    _ name: String, _ bounds: (offset: Int, length: Int?), lengthText: String?
  )
    throws(ExpansionError) -> String
  {
    do {
      return try expand(
        Template([
          .expansion(
            ParameterExpansion(
              name: name, operation: .substring(offset: bounds.offset, length: bounds.length)))
        ]))
    } catch {
      guard let length = bounds.length, let lengthText,
        error.message == "\(length): substring expression < 0"
      else { throw error }
      throw ExpansionError(
        message: "\(lengthText): substring expression < 0", isFatal: error.isFatal)
    }
  }

  /// `${!NAME}`: the value of the parameter NAME's value names.
  mutating func indirect(_ name: String) throws(ExpansionError) -> String {
    guard let target = value(of: name) else {
      throw ExpansionError(message: "\(name): invalid indirect expansion")
    }
    guard Self.isParameterName(target) else {
      throw ExpansionError(message: "\(target): invalid variable name")
    }
    if let value = value(of: target) { return value }
    if !nounset || Self.isExemptFromNounset(target) { return "" }
    throw ExpansionError(message: "!\(name): unbound variable")
  }

  /// A variable name, a positional parameter number or a special parameter.
  static func isParameterName(_ text: String) -> Bool {
    guard let first = text.first else { return false }
    if first.isASCII && first.isNumber { return text.allSatisfy { $0.isASCII && $0.isNumber } }
    if text.count == 1 && "@*#?$!-".contains(first) { return true }
    return (first == "_" || (first.isASCII && first.isLetter))
      && text.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
  }
}
