import Shell
import SpecModel

/// `let EXPRESSION…`: each argument is one arithmetic expression.
enum LetCommand: StepCommand {
  static let names = ["let"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard !call.arguments.isEmpty else {
      context.error(CommandUsageDiagnostic.letExpressionExpected, at: call.position)
      return nil
    }
    var expressions: [ArithmeticExpression] = []
    for word in call.arguments {
      guard let text = context.staticText(word) ?? arithmeticText(word) else {
        context.error(CommandUsageDiagnostic.letNotLiteral, at: word.position)
        return nil
      }
      guard let expression = context.arithmetic(text, at: word.position, exact: false) else {
        return nil
      }
      expressions.append(expression)
    }
    return .arithmetic(ArithmeticCommand(expressions, isLet: true))
  }

  /// A word of literal text and `$NAME` expansions, written back as arithmetic text.
  private static func arithmeticText(_ word: BashWord) -> String? {
    var text = ""
    func add(_ part: BashWordPart) -> Bool {
      switch part {
      case .literal(let raw): text += raw
      case .singleQuoted(let raw, false): text += raw
      case .doubleQuoted(let inner): return inner.allSatisfy(add)
      case .parameter(let e)
      where e.operation == nil && e.slice == nil && !e.indirect
        && !e.length && e.index == nil && e.replacement == nil:
        text += "${\(e.name)}"
      default: return false
      }
      return true
    }
    return word.parts.allSatisfy(add) ? text : nil
  }
}
