import SpecModel

/// `kill [-SIGNAL | -s SIGNAL | -n NUMBER] PID…` with any signal bash knows (`SignalTable`),
/// `kill -l [ARG…]`, and the forms bash refuses at run time (an unknown signal, no process id),
/// which keep bash's message and status. Stop signals (`STOP`, `TSTP`, `TTIN`, `TTOU`) are
/// errors: a stopped job would never end.
enum KillCommand: StepCommand {
  static let names = ["kill"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    var signal = 15
    if let first = words.first, let text = context.staticText(first), text == "-l" || text == "-L" {
      words.removeFirst()
      if let next = words.first, context.staticText(next) == "--" { words.removeFirst() }
      var list: [Template] = []
      for word in words {
        guard let template = context.template(word) else { return nil }
        list.append(template)
      }
      return .signal(KillStep(signal: 15, pids: [], list: list))
    }
    if let first = words.first, let text = context.staticText(first), text.hasPrefix("-"),
      text.count > 1, text != "--"
    {
      words.removeFirst()
      var name = String(text.dropFirst())
      if text == "-s" || text == "-n" {
        guard let next = words.popFirst() else {
          return .signal(
            KillStep(signal: 15, pids: [], error: "kill: \(text): option requires an argument"))
        }
        guard let given = context.staticText(next) else {
          context.error(CommandDiagnostic.killNeedsLiteralSignal(text), at: first.position)
          return nil
        }
        name = given
      }
      guard let number = SignalTable.number(name) else {
        return .signal(
          KillStep(signal: 15, pids: [], error: "kill: \(name): invalid signal specification"))
      }
      if SignalTable.disposition(number) == .stop {
        context.error(CommandDiagnostic.killStopSignal(name), at: first.position)
        return nil
      }
      signal = number
    }
    if let first = words.first, context.staticText(first) == "--" { words.removeFirst() }
    guard let pids = context.processIDs(words) else { return nil }
    guard !pids.isEmpty else { return .signal(KillStep(signal: 15, pids: [], usage: true)) }
    if signal == 15 && pids.count == 1 { return .kill(pids[0]) }
    return .signal(KillStep(signal: signal, pids: pids))
  }
}
