import SpecModel

/// What arithmetic expressions read and write: names read (an error under `set -u` when
/// unset), names assigned by `=`, `OP=`, `++` and `--`, and their `$NAME` expansions.
extension StepFacts {
  /// The names an array index (an arithmetic expression) reads; none when it does not parse.
  static func indexNames(_ index: String) -> [String] {
    (try? ArithmeticParser.parse(index))?.variableNames ?? []
  }

  mutating func read(_ expression: ArithmeticExpression?) {
    guard let expression else { return }
    for expansion in expression.expansions { read(Template([expansion.part])) }
    guard let root = expression.root else { return }
    var pending = [root]
    while let node = pending.popLast() {
      switch node {
      case .number, .expansion:
        break
      case .variable(let name):
        referenced.insert(name)
        required.insert(name)
      case .increment(let name, _, _):
        referenced.insert(name)
        required.insert(name)
        assigned.insert(name)
      case .assign(let name, let op, let value, _):
        referenced.insert(name)
        if op != nil { required.insert(name) }
        assigned.insert(name)
        pending.append(value)
      case .unary(_, let operand), .group(let operand):
        pending.append(operand)
      case .binary(_, let left, let right, _), .comma(let left, let right):
        pending += [right, left]
      case .conditional(let condition, let then, let otherwise):
        pending += [otherwise, then, condition]
      }
    }
  }
}
