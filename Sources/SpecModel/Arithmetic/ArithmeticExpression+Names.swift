/// How an arithmetic expression uses a variable named in its tree.
public enum ArithmeticNameUse: Sendable, Equatable {
  /// `x`: read (an error under `set -u` when unset).
  case read
  /// `x++`, `--x`: read and assigned.
  case increment
  /// `x = v` (`compound` false) or `x OP= v` (`compound`, which reads it first).
  case assign(compound: Bool)
}

extension ArithmeticExpression {
  /// Calls `body` for each variable the tree names, in the order bash evaluates them (an
  /// element by its name and subscript: `a[i]`); the `$NAME` / `${…}` expansions are in
  /// `expansions`.
  public func forEachName(_ body: (String, ArithmeticNameUse) -> Void) {
    guard let root else { return }
    var pending = [root]
    while let node = pending.popLast() {
      switch node {
      case .number, .expansion:
        break
      case .variable(let name):
        body(name, .read)
      case .increment(let name, _, _):
        body(name, .increment)
      case .assign(let name, let op, let value, _):
        body(name, .assign(compound: op != nil))
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
    forEachName { name, _ in names += ParameterName(name).variables }
    return names
  }
}
