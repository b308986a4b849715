import Shell
import SpecModel

/// `trap 'COMMANDS' SIGNAL…`, `trap - SIGNAL…` (the default again), `trap '' SIGNAL…` (ignored):
/// `EXIT` (run when the shell ends) and `ERR` (run after a command fails where `set -e` would
/// apply). `INT` and `TERM` are accepted when reset or ignored; the runtime sends no signal to
/// the scenario's shell, so handlers for them are errors.
enum TrapCommand: StepCommand {
  static let names = ["trap"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    if let first = words.first, context.staticText(first) == "--" { words.removeFirst() }
    guard words.count >= 2, let actionWord = words.first,
      let script = context.staticText(actionWord)
    else {
      context.error(CommandUsageDiagnostic.trapNotLiteral, at: call.position)
      return nil
    }
    words.removeFirst()
    var handled: [Signal] = []
    for word in words {
      guard let name = context.staticText(word), let signal = Signal(name) else {
        context.error(
          CommandDiagnostic.trapSignalUnsupported(context.staticText(word) ?? "?"),
          at: word.position)
        return nil
      }
      handled.append(signal)
    }
    let reset = script == "-" || script.isEmpty
    if !reset, let signal = handled.first(where: { $0 == .interrupt || $0 == .terminate }) {
      context.error(CommandDiagnostic.trapSignalNeverSent(signal.rawValue), at: call.position)
      return nil
    }
    var steps: [Step] = []
    if !reset {
      switch BashParser.parse(script) {
      case .failure(let error):
        context.error(
          CommandDiagnostic.trapCommandsDoNotParse(error.message), at: actionWord.position)
        return nil
      case .success(let file):
        // Positions inside the string are reported at the string.
        let saved = (context.blockLine, context.blockColumn)
        let at = context.markdown(actionWord.position)
        context.blockLine = at.line
        context.blockColumn = at.column
        steps = context.lower(statements: file.statements)
        (context.blockLine, context.blockColumn) = saved
      }
    }
    let line = context.stepLine(call.position)
    var actions: [Action] = []
    for signal in handled {
      switch signal {
      case .exit: actions.append(.onExit(steps))
      case .error: actions.append(.onError(steps))
      case .interrupt, .terminate: continue
      }
    }
    if actions.isEmpty { return .status(0) }
    return actions.count == 1 ? actions[0] : .group(actions.map { Step(line: line, $0) })
  }

  enum Signal: String {
    case exit = "EXIT"
    case error = "ERR"
    case interrupt = "INT"
    case terminate = "TERM"

    /// `EXIT`, `0`, `ERR`, `INT`, `SIGINT`, `2`, `TERM`, `SIGTERM`, `15`, in any case (bash
    /// takes no `SIG` before `EXIT` and `ERR`, which are not signals).
    init?(_ name: String) {
      switch name.uppercased() {
      case "EXIT", "0": self = .exit
      case "ERR": self = .error
      case "INT", "SIGINT", "2": self = .interrupt
      case "TERM", "SIGTERM", "15": self = .terminate
      default: return nil
      }
    }
  }
}
