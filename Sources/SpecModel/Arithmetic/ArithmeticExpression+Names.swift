extension ArithmeticExpression {
  /// The variables the expression reads or assigns, by name, in its tree and its `$NAME` /
  /// `${…}` expansions (the base name of an element, `a` for `${a[i]}`).
  public var variableNames: [String] {
    var names: [String] = []
    for expansion in expansions {
      switch expansion.part {
      case .variable(let name): names.append(ParameterName(name).base)
      case .expansion(let parameter): names.append(ParameterName(parameter.name).base)
      default: break
      }
    }
    guard let root else { return names }
    var pending = [root]
    while let node = pending.popLast() {
      switch node {
      case .number, .expansion:
        break
      case .variable(let name), .increment(let name, _, _):
        names.append(name)
      case .assign(let name, _, let value, _):
        names.append(name)
        pending.append(value)
      case .unary(_, let operand), .group(let operand):
        pending.append(operand)
      case .binary(_, let left, let right, _), .comma(let left, let right):
        pending += [right, left]
      case .conditional(let condition, let then, let otherwise):
        pending += [otherwise, then, condition]
      }
    }
    return names
  }
}
