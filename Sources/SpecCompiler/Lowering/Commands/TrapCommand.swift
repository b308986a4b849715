import Shell
import SpecModel

/// `trap 'COMMANDS' EXIT`: the commands, parsed and lowered, run when the scenario ends.
enum TrapCommand: StepCommand {
  static let names = ["trap"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count >= 2, let script = context.staticText(call.arguments[0]) else {
      context.error("trap needs literal commands and a signal", at: call.position)
      return nil
    }
    let signals = call.arguments.dropFirst().compactMap { context.staticText($0) }
    guard signals.count == call.arguments.count - 1,
      signals.allSatisfy({ ["EXIT", "0"].contains($0) })
    else {
      context.error("only 'trap … EXIT' is supported", at: call.arguments[1].position)
      return nil
    }
    switch BashParser.parse(script) {
    case .failure(let error):
      context.error("trap commands do not parse: \(error.message)", at: call.arguments[0].position)
      return nil
    case .success(let file):
      // Positions inside the string are reported at the string.
      let saved = (context.blockLine, context.blockColumn)
      let at = context.markdown(call.arguments[0].position)
      context.blockLine = at.line
      context.blockColumn = at.column
      let steps = context.lower(statements: file.statements)
      (context.blockLine, context.blockColumn) = saved
      return .onExit(steps)
    }
  }
}
