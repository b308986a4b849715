import SpecModel

/// `getopts OPTSTRING NAME [ARG…]`: parses one option per call, at run time (see
/// `Interpreter+Getopts.swift`); without ARG… it reads the positional parameters.
enum GetoptsCommand: StepCommand {
  static let names = ["getopts"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count >= 2 else {
      context.error(CommandUsageDiagnostic.getoptsUsage, at: call.position)
      return nil
    }
    guard let optstring = context.template(call.arguments[0]),
      let name = context.template(call.arguments[1])
    else { return nil }
    let words = call.arguments.dropFirst(2)
    var arguments: [Template] = []
    for word in words {
      guard let argument = context.template(word) else { return nil }
      arguments.append(argument)
    }
    return .getopts(
      GetoptsStep(
        optstring: optstring, name: name, arguments: words.isEmpty ? nil : arguments))
  }
}
