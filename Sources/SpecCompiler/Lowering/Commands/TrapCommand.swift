import Shell
import SpecModel

/// `trap 'COMMANDS' SIGNAL…`, `trap - SIGNAL…` (the default again), `trap '' SIGNAL…` (ignored),
/// `trap -p SIGNAL…`: `EXIT` (run when the shell ends), `ERR` (run after a command fails where
/// `set -e` would apply) and every signal bash knows (`SignalTable`; the handler runs when the
/// scenario's shell receives it, from `kill -TERM $$`).
enum TrapCommand: StepCommand {
  static let names = ["trap"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    if let first = words.first, context.staticText(first) == "-p" {
      words.removeFirst()
      guard !words.isEmpty else {
        // All traps would include EXIT and ERR, whose commands the runtime does not keep.
        context.error(CommandUsageDiagnostic.trapPrintNeedsSignals, at: call.position)
        return nil
      }
      var numbers: [Int] = []
      for word in words {
        guard let name = context.staticText(word), let signal = Signal(name),
          case .signal(let number) = signal
        else {
          context.error(
            CommandDiagnostic.trapPrintSignalUnsupported(context.staticText(word) ?? "?"),
            at: word.position)
          return nil
        }
        numbers.append(number)
      }
      return .printTraps(numbers)
    }
    if let first = words.first, context.staticText(first) == "--" { words.removeFirst() }
    if let first = words.first, let option = context.staticText(first), option.hasPrefix("-"),
      option != "-"
    {
      context.error(CommandDiagnostic.trapOptionUnsupported(option), at: first.position)
      return nil
    }
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
    var signals: [Int] = []
    for signal in handled {
      switch signal {
      case .exit: actions.append(.onExit(steps))
      case .error: actions.append(.onError(steps))
      case .signal(let number): signals.append(number)
      }
    }
    if !signals.isEmpty {
      actions.append(
        .onSignal(SignalTrap(signals: signals, text: script == "-" ? nil : script, steps: steps)))
    }
    return actions.count == 1 ? actions[0] : .group(actions.map { Step(line: line, $0) })
  }

  enum Signal: Equatable {
    case exit
    case error
    case signal(Int)

    /// `EXIT`, `0`, `ERR`, or a signal (`INT`, `SIGINT`, `2`), in any case (bash takes no `SIG`
    /// before `EXIT` and `ERR`, which are not signals).
    init?(_ name: String) {
      switch name.uppercased() {
      case "EXIT", "0": self = .exit
      case "ERR": self = .error
      default:
        guard let number = SignalTable.number(name), number != 0 else { return nil }
        self = .signal(number)
      }
    }
  }
}
