import SpecModel

/// `basename NAME [SUFFIX]`, `basename -a NAME…`, `basename -s SUFFIX NAME…` (`-s` implies
/// `-a`), `-z`. As GNU basename, options end at the first operand.
enum BasenameCommand: PipelineCommand {
  static let names = ["basename"]

  static let scanner = OptionScanner(
    shortWithValue: ["s"], shortFlags: ["a", "z"], longWithValue: ["suffix"],
    longFlags: ["multiple", "zero"], stopAtFirstOperand: true)

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var multiple = false
    var zero = false
    var suffix: Template?
    var names: [Template] = []
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        if name == "z" || name == "zero" { zero = true } else { multiple = true }
      case .option(_, let value, _):
        guard let t = context.template(value) else { return nil }
        suffix = t
        multiple = true
      case .operand(let word):
        guard let t = context.template(word) else { return nil }
        names.append(t)
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "basename", option: text), at: word.position)
        return nil
      }
    }
    guard !names.isEmpty else {
      context.error(CommandDiagnostic.missingOperand(command: "basename"), at: call.position)
      return nil
    }
    if !multiple {
      guard names.count <= 2 else {
        context.error(
          CommandDiagnostic.extraOperand(command: "basename"), at: call.arguments[2].position)
        return nil
      }
      if names.count == 2 { suffix = names.removeLast() }
    }
    return .source(.pathPart(PathPartCall(part: .base, names: names, suffix: suffix, zero: zero)))
  }
}
