import SpecModel

/// `wait`, `wait PID…`, `wait -n [PID…]`.
enum WaitCommand: StepCommand {
  static let names = ["wait"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var words = call.arguments[...]
    var any = false
    while let first = words.first, let text = context.staticText(first), text.hasPrefix("-"),
      text.count > 1
    {
      words.removeFirst()
      if text == "--" { break }
      guard text == "-n" else {
        context.error(CommandDiagnostic.waitOptionUnsupported(text), at: first.position)
        return nil
      }
      any = true
    }
    guard let pids = context.processIDs(words) else { return nil }
    if !any && pids.count <= 1 { return .wait(pids.first) }
    return .waitJobs(WaitStep(pids: pids, any: any))
  }
}
