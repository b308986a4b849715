/// An arithmetic syntax tree as canonical bash text: one space around binary operators,
/// parentheses where the tree has them. Parsing the result gives a tree of the same shape.
public enum ArithmeticPrinter {
  public static func render(_ expression: ArithmeticExpression) -> String {
    guard let root = expression.root else { return "" }
    return render(root, expansions: expression.expansions)
  }

  public static func render(_ node: ArithmeticNode, expansions: [ArithmeticExpansion] = [])
    -> String
  {
    var out = ""
    render(node, expansions: expansions, into: &out)
    return out
  }

  private static func render(
    _ node: ArithmeticNode, expansions: [ArithmeticExpansion], into out: inout String
  ) {
    switch node {
    case .number(let value):
      // A wrapped constant is written with its bits unsigned, which reads back the same.
      out += value < 0 ? String(UInt64(bitPattern: value)) : String(value)
    case .variable(let name):
      out += name
    case .expansion(let index):
      if index < expansions.count {
        out += TemplateSyntax.render(Template([expansions[index].part]))
      }
    case .unary(let op, let operand):
      let inner = render(operand, expansions: expansions)
      out += op.rawValue
      // `- -x`, not `--x` (a decrement).
      if op == .minus || op == .plus, inner.first == op.rawValue.first { out += " " }
      out += inner
    case .increment(let name, let delta, let prefix):
      let mark = delta > 0 ? "++" : "--"
      out += prefix ? mark + name : name + mark
    case .binary(let op, let left, let right, _):
      render(left, expansions: expansions, into: &out)
      out += " \(op.rawValue) "
      render(right, expansions: expansions, into: &out)
    case .conditional(let condition, let then, let otherwise):
      render(condition, expansions: expansions, into: &out)
      out += " ? "
      render(then, expansions: expansions, into: &out)
      out += " : "
      render(otherwise, expansions: expansions, into: &out)
    case .assign(let name, let op, let value, _):
      out += "\(name) \(op?.rawValue ?? "")= "
      render(value, expansions: expansions, into: &out)
    case .comma(let left, let right):
      render(left, expansions: expansions, into: &out)
      out += ", "
      render(right, expansions: expansions, into: &out)
    case .group(let inner):
      out += "("
      render(inner, expansions: expansions, into: &out)
      out += ")"
    }
  }
}
