import SpecModel

/// `expr EXPRESSION…`: every word is an operand (a leading `--` ends the options, of which expr
/// has only `--help` and `--version`); expr reads no input.
enum ExprCommand: PipelineCommand {
  static let names = ["expr"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var words = call.arguments[...]
    if let first = words.first, let text = context.staticText(first) {
      if text == "--" {
        words = words.dropFirst()
      } else if text == "--help" || text == "--version" {
        context.error(
          CommandDiagnostic.unsupportedOption(command: "expr", option: text), at: first.position)
        return nil
      }
    }
    var expr = TextUtilityCall(.expr)
    for word in words {
      guard let template = context.template(word) else { return nil }
      expr.operands.append(template)
    }
    return .fileFilter(.text(expr))
  }
}
