import Shell
import SpecModel

/// The lowering the text utilities share (`TextUtilityCall`): options scanned getopt-style
/// (an option GNU takes but the runtime does not is an error at its word), long names given
/// their short letter, every value and operand kept as a template for run time.
enum TextUtilityLowering {
  static func lower(
    _ call: CommandCall, _ command: TextUtilityCall.Command, scanner: OptionScanner,
    shortNames: [String: String] = [:], context: inout LoweringContext
  ) -> TextUtilityCall? {
    var result = TextUtilityCall(command)
    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        result.options.append(.init(shortNames[name] ?? name))
      case .option(let name, let value, _):
        guard let template = context.template(value) else { return nil }
        result.options.append(.init(shortNames[name] ?? name, template))
      case .operand(let word):
        guard let template = context.template(word) else { return nil }
        result.operands.append(template)
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: command.rawValue, option: text),
          at: word.position)
        return nil
      }
    }
    return result
  }

  /// The stage of a command that reads its file operands, standard input when it has none.
  static func stage(_ call: TextUtilityCall) -> PipelineStage {
    .reading(call.operands, .text(call))
  }
}
