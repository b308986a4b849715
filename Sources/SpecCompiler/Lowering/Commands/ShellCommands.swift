import SpecModel

/// `sleep N` (seconds, possibly fractional, or with an `s`/`m` suffix).
enum SleepCommand: StepCommand {
  static let names = ["sleep"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, var text = context.staticText(call.arguments[0]) else {
      context.error("sleep takes one literal duration", at: call.position)
      return nil
    }
    var scale = 1.0
    if text.hasSuffix("s") {
      text.removeLast()
    } else if text.hasSuffix("m") {
      text.removeLast()
      scale = 60
    }
    guard let seconds = Double(text), seconds >= 0 else {
      context.error("sleep takes one literal duration", at: call.arguments[0].position)
      return nil
    }
    return .sleep(seconds * scale)
  }
}

/// `exit [N]`.
enum ExitCommand: StepCommand {
  static let names = ["exit"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard let status = statusArgument(call, context: &context) else { return nil }
    return .exit(ExitStep(status: status))
  }

  /// `nil` status means "the last command's"; an invalid argument reports and returns nil.
  static func statusArgument(_ call: CommandCall, context: inout LoweringContext) -> Int?? {
    guard let word = call.arguments.first else { return .some(nil) }
    guard call.arguments.count == 1, let status = context.staticText(word).flatMap({ Int($0) })
    else {
      context.error("\(call.name) takes one literal status", at: word.position)
      return nil
    }
    return .some(status & 0xFF)
  }
}

/// `return [N]`.
enum ReturnCommand: StepCommand {
  static let names = ["return"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard let status = ExitCommand.statusArgument(call, context: &context) else { return nil }
    return .returnFromFunction(status)
  }
}

/// `true`, `:`, `false`.
enum StatusCommand: StepCommand {
  static let names = ["true", ":", "false"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    .status(call.name == "false" ? 1 : 0)
  }
}

/// `break [N]`, `continue [N]`.
enum LoopControlCommand: StepCommand {
  static let names = ["break", "continue"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var levels = 1
    if let word = call.arguments.first {
      guard let n = context.staticText(word).flatMap({ Int($0) }), n >= 1 else {
        context.error("\(call.name) takes a positive literal count", at: word.position)
        return nil
      }
      levels = n
    }
    return call.name == "break" ? .breakLoop(levels) : .continueLoop(levels)
  }
}

/// `unset [-v] NAME…`.
enum UnsetCommand: StepCommand {
  static let names = ["unset"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var names: [String] = []
    for word in call.arguments {
      guard let name = context.staticText(word) else {
        context.error("unset takes literal names", at: word.position)
        return nil
      }
      if name == "-v" { continue }
      if name.hasPrefix("-") {
        context.error("unset option '\(name)' is not supported", at: word.position)
        return nil
      }
      names.append(name)
    }
    return .unset(names)
  }
}

/// `wait [PID]`.
enum WaitCommand: StepCommand {
  static let names = ["wait"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count <= 1 else {
      context.error("wait takes at most one process id", at: call.position)
      return nil
    }
    guard let word = call.arguments.first else { return .wait(nil) }
    guard let pid = context.template(word) else { return nil }
    return .wait(pid)
  }
}

/// `kill [-SIGNAL] PID`.
enum KillCommand: StepCommand {
  static let names = ["kill"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    let operands = call.arguments.filter { !(context.staticText($0)?.hasPrefix("-") ?? false) }
    guard operands.count == 1, let pid = context.template(operands[0]) else {
      context.error("kill takes one process id", at: call.position)
      return nil
    }
    return .kill(pid)
  }
}

/// `set -e`, `set +a`, `set -euo pipefail`, …: only differences from the runner's
/// `set -euo pipefail` become a step.
enum SetCommand: StepCommand {
  static let names = ["set"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var options = ShellOptions()
    var words = call.arguments[...]
    while let word = words.popFirst() {
      guard let text = context.staticText(word), let sign = text.first, sign == "-" || sign == "+"
      else {
        context.error("set with positional arguments is not supported", at: word.position)
        return nil
      }
      let on = sign == "-"
      for letter in text.dropFirst() {
        switch letter {
        case "e": options.errexit = on
        case "u": options.nounset = on
        case "a": options.allexport = on
        case "x": options.xtrace = on
        case "o":
          guard let nameWord = words.popFirst(), let name = context.staticText(nameWord) else {
            context.error("set -o needs an option name", at: word.position)
            return nil
          }
          switch name {
          case "pipefail": options.pipefail = on
          case "errexit": options.errexit = on
          case "nounset": options.nounset = on
          case "allexport": options.allexport = on
          case "xtrace": options.xtrace = on
          default:
            context.error("set -o \(name) is not supported", at: nameWord.position)
            return nil
          }
        default:
          context.error("set option '\(sign)\(letter)' is not supported", at: word.position)
          return nil
        }
      }
    }
    // The runner always runs with errexit, nounset and pipefail.
    if options.errexit == true { options.errexit = nil }
    if options.nounset == true { options.nounset = nil }
    if options.pipefail == true { options.pipefail = nil }
    if options == ShellOptions() { return .status(0) }
    return .setOptions(options)
  }
}

/// `source FILE` / `. FILE`: an environment file loaded into the scenario.
enum SourceCommand: StepCommand {
  static let names = ["source", "."]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    guard call.arguments.count == 1, let path = context.template(call.arguments[0]) else {
      context.error("\(call.name) takes one file", at: call.position)
      return nil
    }
    return .loadEnvironmentFile(path)
  }
}

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
