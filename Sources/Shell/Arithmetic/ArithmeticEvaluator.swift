import SpecModel

/// Why an arithmetic evaluation failed.
package enum ArithmeticFailure<ExpansionFailure: Error>: Error {
  /// `set -u` and an unset name (`x: unbound variable`): fatal, as for any expansion.
  case unbound(String)
  /// bash's `TEXT: MESSAGE (error token is "…")`: the caller decides whether it is fatal
  /// (`$(( ))`) or only a status of 1 (`(( ))`, `let`, `for (( ))`).
  case invalid(String)
  /// An expansion inside the expression failed (`$(( ${X:?} ))`).
  case expansion(ExpansionFailure)
}

extension ArithmeticFailure: Equatable where ExpansionFailure: Equatable {}

/// Evaluates bash arithmetic as bash 5.2 does: 64-bit signed integers that wrap, names whose
/// values are expressions themselves (evaluated recursively), unset or empty names as 0 (an
/// error under `set -u`), short-circuit `&&`, `||` and `?:`, and bash's errors.
///
/// The API other expansions use (array subscripts): `ArithmeticEvaluator.evaluate(_:in:)`.
package struct ArithmeticEvaluator<State: ArithmeticVariables> {
  package typealias Failure = ArithmeticFailure<State.ExpansionFailure>

  /// Nesting of names whose values are expressions (`a=b b=c c=1`); bash stops at 1024 with
  /// "expression recursion level exceeded", this evaluator earlier to spare the stack.
  package static var maximumRecursion: Int { 128 }

  /// Evaluates a compiled expression.
  package static func evaluate(_ expression: ArithmeticExpression, in state: inout State)
    throws(Failure) -> Int64
  {
    var evaluator = ArithmeticEvaluator(text: expression.text)
    return try evaluator.evaluate(expression, in: &state)
  }

  /// Parses and evaluates text (an array subscript, a value read at run time).
  package static func evaluate(_ text: String, in state: inout State) throws(Failure)
    -> Int64
  {
    var evaluator = ArithmeticEvaluator(text: text)
    return try evaluator.evaluate(text: text, depth: 0, in: &state)
  }

  /// The expression being evaluated at the current level, for error messages.
  private var text: String
  private var depth = 0

  private init(text: String) { self.text = text }

  private mutating func evaluate(_ expression: ArithmeticExpression, in state: inout State)
    throws(Failure) -> Int64
  {
    guard !expression.expansions.isEmpty else {
      guard let root = expression.root else { return 0 }
      return try evaluate(root, in: &state)
    }
    // `$NAME` and `${…}` are replaced by their values as text first, as bash does.
    var characters = Array(expression.text)
    for expansion in expression.expansions.reversed() {
      let value: String
      do {
        value = try state.expand(Template([expansion.part]))
      } catch {
        throw .expansion(error)
      }
      characters.replaceSubrange(expansion.range, with: Array(value))
    }
    let expanded = String(characters)
    text = expanded
    return try evaluate(text: expanded, depth: depth, in: &state)
  }

  private mutating func evaluate(
    text expression: String, depth level: Int, in state: inout State
  )
    throws(Failure) -> Int64
  {
    let parsed: ArithmeticExpression
    do {
      parsed = try ArithmeticParser.parse(expression, allowsExpansions: false)
    } catch {
      throw .invalid(error.bashMessage(for: expression))
    }
    guard let root = parsed.root else { return 0 }
    let saved = (text, depth)
    text = expression
    depth = level
    defer { (text, depth) = saved }
    return try evaluate(root, in: &state)
  }

  private func failure(_ message: String, at offset: Int) -> Failure {
    .invalid(ArithmeticSyntaxError.bashMessage(message, text: text, tokenOffset: offset))
  }

  private mutating func evaluate(_ node: ArithmeticNode, in state: inout State)
    throws(Failure) -> Int64
  {
    switch node {
    case .number(let value):
      return value
    case .variable(let name):
      return try variable(name, in: &state)
    case .expansion:
      // Expansions are substituted before parsing; a tree holding one is not evaluated.
      return 0
    case .unary(let op, let operand):
      let value = try evaluate(operand, in: &state)
      switch op {
      case .plus: return value
      case .minus: return 0 &- value
      case .not: return value == 0 ? 1 : 0
      case .bitwiseNot: return ~value
      }
    case .increment(let name, let delta, let prefix):
      let old = try variable(name, in: &state)
      let new = old &+ delta
      state.setVariable(name, String(new))
      return prefix ? new : old
    case .binary(.logicalAnd, let left, let right, _):
      guard try evaluate(left, in: &state) != 0 else { return 0 }
      return try evaluate(right, in: &state) != 0 ? 1 : 0
    case .binary(.logicalOr, let left, let right, _):
      if try evaluate(left, in: &state) != 0 { return 1 }
      return try evaluate(right, in: &state) != 0 ? 1 : 0
    case .binary(let op, let left, let right, let offset):
      let a = try evaluate(left, in: &state)
      let b = try evaluate(right, in: &state)
      return try apply(op, a, b, errorOffset: offset)
    case .conditional(let condition, let then, let otherwise):
      return try evaluate(condition, in: &state) != 0
        ? try evaluate(then, in: &state) : try evaluate(otherwise, in: &state)
    case .assign(let name, let op, let valueNode, let offset):
      // bash reads the variable before evaluating the right side (`x += x++`).
      let current = try op.map { _ throws(Failure) in try variable(name, in: &state) }
      var value = try evaluate(valueNode, in: &state)
      if let op, let current { value = try apply(op, current, value, errorOffset: offset) }
      state.setVariable(name, String(value))
      return value
    case .comma(let left, let right):
      _ = try evaluate(left, in: &state)
      return try evaluate(right, in: &state)
    case .group(let inner):
      return try evaluate(inner, in: &state)
    }
  }

  /// A name's value: 0 when empty or unset (an error under `set -u`, except for an element of
  /// an array that is set), else its value evaluated as an expression.
  private mutating func variable(_ name: String, in state: inout State)
    throws(Failure) -> Int64
  {
    guard let value = state.value(of: name) else {
      // An unset element of an array that is set is 0 even under `set -u`; an unset array is
      // unbound by its own name (`a: unbound variable` for `a[1]`).
      let parameter = ParameterName(name)
      if parameter.isElement {
        if state.nounset && state.value(of: parameter.base) == nil
          && !state.isSetArray(parameter.base)
        {
          throw .unbound(parameter.base)
        }
        return 0
      }
      if state.nounset { throw .unbound(name) }
      return 0
    }
    if value.isEmpty { return 0 }
    if let number = Self.plainDecimal(value) { return number }
    guard depth < Self.maximumRecursion else {
      throw failure("expression recursion level exceeded", at: 0)
    }
    return try evaluate(text: value, depth: depth + 1, in: &state)
  }

  private func apply(_ op: ArithmeticBinaryOperator, _ a: Int64, _ b: Int64, errorOffset: Int)
    throws(Failure) -> Int64
  {
    switch op {
    case .power:
      if b < 0 { throw failure("exponent less than 0", at: errorOffset) }
      return Self.power(a, b)
    case .multiply: return a &* b
    case .divide, .remainder:
      if b == 0 { throw failure("division by 0", at: errorOffset) }
      if a == .min && b == -1 { return op == .divide ? .min : 0 }
      return op == .divide ? a / b : a % b
    case .add: return a &+ b
    case .subtract: return a &- b
    case .shiftLeft: return a &<< b
    case .shiftRight: return a &>> b
    case .less: return a < b ? 1 : 0
    case .lessOrEqual: return a <= b ? 1 : 0
    case .greater: return a > b ? 1 : 0
    case .greaterOrEqual: return a >= b ? 1 : 0
    case .equal: return a == b ? 1 : 0
    case .notEqual: return a != b ? 1 : 0
    case .bitwiseAnd: return a & b
    case .bitwiseXor: return a ^ b
    case .bitwiseOr: return a | b
    case .logicalAnd: return a != 0 && b != 0 ? 1 : 0
    case .logicalOr: return a != 0 || b != 0 ? 1 : 0
    }
  }

  /// `42`, `-7`: decimal digits without a leading zero (`08` is octal to bash, an error).
  private static func plainDecimal(_ value: String) -> Int64? {
    let digits = value.hasPrefix("-") ? value.dropFirst() : value[...]
    guard let first = digits.first, first != "0" || digits.count == 1,
      digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return Int64(value)
  }

  /// `base ** exponent` (exponent ≥ 0), wrapping.
  package static func power(_ base: Int64, _ exponent: Int64) -> Int64 {
    var result: Int64 = 1
    var factor = base
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 { result = result &* factor }
      factor = factor &* factor
      remaining >>= 1
    }
    return result
  }
}
