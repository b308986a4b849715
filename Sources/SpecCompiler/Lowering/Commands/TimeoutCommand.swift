import Shell
import SpecModel

extension LoweringContext {
  /// `timeout [-s SIG] [-k DUR] [--foreground] [--preserve-status] DURATION COMMAND ARGS…`:
  /// the rest is lowered as its own statement, redirections included, and bounded in time.
  /// `-k` changes nothing in-process (the command stops at the first signal).
  mutating func timeout(_ statement: BashStatement, arguments: [BashWord], line: Int)
    -> [Step]
  {
    var rest = arguments.dropFirst()
    var preserveStatus = false
    // The signal sent when the time runs out (TERM unless `-s`).
    var signalNumber = 15
    while let option = rest.first, let text = staticText(option), text.hasPrefix("-") {
      rest.removeFirst()
      if text == "--" { break }
      if text == "--foreground" { continue }
      if text == "--preserve-status" {
        preserveStatus = true
        continue
      }
      // `-s SIG` and `-k DUR` do not change what the in-process command sees: it stops at the
      // timeout and the status is 124 (unless KILL, whose 137 the IR does not express).
      var name = text
      var value: String?
      if let eq = text.firstIndex(of: "="), text.hasPrefix("--") {
        name = String(text[..<eq])
        value = String(text[text.index(after: eq)...])
      } else if !text.hasPrefix("--"), text.count > 2 {
        name = String(text.prefix(2))
        value = String(text.dropFirst(2))
      }
      guard ["-s", "--signal", "-k", "--kill-after"].contains(name) else {
        error(
          CommandDiagnostic.unsupportedOption(command: "timeout", option: text), at: option.position
        )
        return []
      }
      if value == nil, let next = rest.first {
        value = staticText(next)
        rest.removeFirst()
      }
      guard let value else {
        error(
          CommandDiagnostic.optionNeedsLiteralValue(command: "timeout", option: name),
          at: option.position)
        return []
      }
      if name == "-k" || name == "--kill-after" {
        guard SleepDuration.seconds(value) != nil else {
          error(
            CommandDiagnostic.invalidTimeInterval(command: "timeout", operand: value),
            at: option.position)
          return []
        }
      } else {
        let signal = value.uppercased().hasPrefix("SIG") ? String(value.dropFirst(3)) : value
        guard let number = Self.signalNumbers[signal.uppercased()] ?? Int(signal), number > 0,
          number < 65
        else {
          error(CommandDiagnostic.timeoutInvalidSignal(value), at: option.position)
          return []
        }
        guard number != 9 else {
          error(
            CommandUsageDiagnostic.timeoutKill,
            at: option.position)
          return []
        }
        signalNumber = number
      }
    }
    guard let durationWord = rest.popFirst(), let text = staticText(durationWord), !rest.isEmpty
    else {
      error(CommandUsageDiagnostic.timeoutOperands, at: statement.position)
      return []
    }
    guard let seconds = SleepDuration.seconds(text) else {
      error(CommandUsageDiagnostic.timeoutDurationNotLiteral, at: durationWord.position)
      return []
    }
    let inner = BashStatement(
      position: rest.first!.position, command: .call(assignments: [], arguments: Array(rest)),
      redirects: statement.redirects)
    let steps = lower(inner)
    guard !steps.isEmpty else { return [] }
    // With `--preserve-status` the status is the command's: killed by the signal.
    let expiredStatus = Int32(preserveStatus ? 128 + signalNumber : 124)
    return [
      Step(
        line: line,
        .timeout(seconds: seconds, single(steps, line: line), expiredStatus: expiredStatus))
    ]
  }

  /// Signal names `timeout -s` takes (Linux numbering).
  static let signalNumbers: [String: Int] = [
    "HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "TRAP": 5, "ABRT": 6, "BUS": 7, "FPE": 8,
    "KILL": 9, "USR1": 10, "SEGV": 11, "USR2": 12, "PIPE": 13, "ALRM": 14, "TERM": 15,
    "CHLD": 17, "CONT": 18, "STOP": 19, "TSTP": 20, "TTIN": 21, "TTOU": 22, "URG": 23,
    "XCPU": 24, "XFSZ": 25, "VTALRM": 26, "PROF": 27, "WINCH": 28, "IO": 29, "PWR": 30,
    "SYS": 31,
  ]
}
