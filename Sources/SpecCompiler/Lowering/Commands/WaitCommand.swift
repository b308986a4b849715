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
        context.error("wait option '\(text)' is not supported (only -n)", at: first.position)
        return nil
      }
      any = true
    }
    var pids: [Template] = []
    for word in words {
      if let text = context.staticText(word), text.hasPrefix("%") {
        context.error(
          "job specifications ('\(text)') are not supported; use \"$!\"", at: word.position)
        return nil
      }
      guard let pid = context.template(word) else { return nil }
      pids.append(pid)
    }
    if !any && pids.count <= 1 { return .wait(pids.first) }
    return .waitJobs(WaitStep(pids: pids, any: any))
  }
}
