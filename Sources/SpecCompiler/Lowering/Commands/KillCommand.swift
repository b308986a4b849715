import SpecModel

/// `kill [-SIGNAL | -s SIGNAL | -n NUMBER] PID…`: `TERM` (the default) and `0`. Other signals
/// are errors: most end a job with a message bash prints on standard error with the job's
/// process id and command line, which the runtime cannot reproduce, and background jobs of a
/// non-interactive shell ignore `INT` and `QUIT` (unless the signal wins a race with the job's
/// start).
enum KillCommand: StepCommand {
  static let names = ["kill"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    var signal = 15
    if let first = words.first, let text = context.staticText(first), text.hasPrefix("-"),
      text.count > 1, text != "--"
    {
      words.removeFirst()
      var name = String(text.dropFirst())
      if text == "-s" || text == "-n" {
        guard let next = words.popFirst(), let given = context.staticText(next) else {
          context.error(CommandDiagnostic.killNeedsLiteralSignal(text), at: first.position)
          return nil
        }
        name = given
      }
      guard let number = Self.signal(name) else {
        context.error(CommandDiagnostic.killSignalUnsupported(name), at: first.position)
        return nil
      }
      signal = number
    }
    if let first = words.first, context.staticText(first) == "--" { words.removeFirst() }
    guard let pids = context.processIDs(words) else { return nil }
    guard !pids.isEmpty else {
      context.error(CommandUsageDiagnostic.killTakesProcessIDs, at: call.position)
      return nil
    }
    if signal == 15 && pids.count == 1 { return .kill(pids[0]) }
    return .signal(KillStep(signal: signal, pids: pids))
  }

  /// `TERM`, `SIGTERM`, `term`, `15` → 15; `0` → 0; nil for other signals.
  static func signal(_ name: String) -> Int? {
    var upper = name.uppercased()
    if upper.hasPrefix("SIG") { upper.removeFirst(3) }
    switch upper {
    case "0": return 0
    case "TERM", "15": return 15
    default: return nil
    }
  }
}
