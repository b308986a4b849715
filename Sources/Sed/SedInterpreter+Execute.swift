/// One cycle: the commands from the first, jumps included.
extension SedInterpreter {
  mutating func execute() throws(SedRuntimeError) -> CycleEnd {
    var index = 0
    let commands = program.commands
    while index < commands.count {
      let command = commands[index]
      let matched = try matches(command, at: index) != command.negated
      index += 1
      if case .block(let end) = command.action {
        if !matched { index = end }
        continue
      }
      guard matched else { continue }
      switch command.action {
      case .block, .blockEnd, .label: break
      case .branch(let kind, let target):
        // A loop that reads no input (`:a;ba`) still ends when the caller's time is up.
        jumps += 1
        if jumps % 4096 == 0 && environment.shouldStop() {
          throw SedRuntimeError(message: "stopped: time limit")
        }
        switch kind {
        case .always: index = target
        case .ifSubstituted:
          if substituted {
            substituted = false
            index = target
          }
        case .unlessSubstituted:
          if substituted { substituted = false } else { index = target }
        }
      case .append(let text): appendQueue.append(text)
      case .insert(let text): output.write(text)
      case .change(let text):
        if !rangeActive[index - 1] { output.write(text) }
        return .delete
      case .substitute(let substitution): try substitute(substitution)
      case .transliterate(let map): transliterate(map)
      case .quit(let status, let print): return .quit(status: status, print: print)
      case .list(let width):
        output.write(
          SedOutput.list(patternSpace, width: width ?? options.lineWrap) + [output.separator])
      case .readFile(let file):
        if let content = try? environment.readFile(file), !content.isEmpty {
          appendQueue.append(content)
        }
      case .writeFile(let file): write(patternSpace, terminated: terminated, to: file)
      case .simple(let name):
        if let end = try simple(name) { return end }
      }
    }
    return .end
  }

  /// The commands without arguments; a cycle end when they end the cycle.
  private mutating func simple(_ name: UInt8) throws(SedRuntimeError) -> CycleEnd? {
    let newline = output.separator
    switch name {
    case UInt8(ascii: "="): output.write(Array("\(lineNumber)".utf8) + [newline])
    case UInt8(ascii: "d"): return .delete
    case UInt8(ascii: "D"):
      guard let end = patternSpace.firstIndex(of: newline) else { return .delete }
      patternSpace.removeSubrange(...end)
      return .restart
    case UInt8(ascii: "g"): patternSpace = holdSpace
    case UInt8(ascii: "G"): patternSpace += [newline] + holdSpace
    case UInt8(ascii: "h"): holdSpace = patternSpace
    case UInt8(ascii: "H"): holdSpace += [newline] + patternSpace
    case UInt8(ascii: "x"): swap(&patternSpace, &holdSpace)
    case UInt8(ascii: "z"): patternSpace = []
    case UInt8(ascii: "p"): output.writeLine(patternSpace, terminated: terminated)
    case UInt8(ascii: "P"):
      if let end = patternSpace.firstIndex(of: newline) {
        output.writeLine(patternSpace[..<end], terminated: true)
      } else {
        output.writeLine(patternSpace, terminated: terminated)
      }
    case UInt8(ascii: "F"):
      output.write(Array((input.currentFile ?? "-").utf8) + [newline])
    case UInt8(ascii: "n"):
      guard input.hasMoreInput() else { return .quit(status: 0, print: true) }
      if !quiet { output.writeLine(patternSpace, terminated: terminated) }
      flushAppends()
      _ = readLine()
    case UInt8(ascii: "N"):
      guard input.hasMoreInput() else { return .quit(status: 0, print: true) }
      flushAppends()
      let previous = patternSpace
      _ = readLine()
      patternSpace = previous + [newline] + patternSpace
    default: break
    }
    return nil
  }

  /// Whether the command's address selects the current line (before `!`), moving its range.
  private mutating func matches(_ command: SedProgram.Command, at index: Int)
    throws(SedRuntimeError) -> Bool
  {
    guard let spec = command.address else { return true }
    guard let second = spec.second else { return try matches(spec.first) }
    if rangeActive[index] {
      switch second {
      case .line(let end):
        if lineNumber >= end { rangeActive[index] = false }
        return lineNumber <= end
      case .following, .multiple:
        if lineNumber >= rangeEnd[index] { rangeActive[index] = false }
        return lineNumber <= rangeEnd[index]
      default:
        if try matches(second) { rangeActive[index] = false }
        return true
      }
    }
    guard try matches(spec.first) else { return false }
    switch second {
    case .line(let end):
      if end <= lineNumber { return true }
    case .following(let count):
      if count == 0 { return true }
      rangeEnd[index] = lineNumber + count
    case .multiple(let step):
      if step <= 0 { return true }
      rangeEnd[index] = (lineNumber / step + 1) * step
    default: break
    }
    rangeActive[index] = true
    return true
  }

  private mutating func matches(_ address: SedProgram.Address) throws(SedRuntimeError) -> Bool {
    switch address {
    case .line(let number): return lineNumber == number
    case .step(let first, let step):
      guard step > 0 else { return lineNumber == first }
      return lineNumber >= first && (lineNumber - first) % step == 0
    case .last: return input.isAtLastLine()
    case .regex(let regex): return try self.regex(regex).matches(patternSpace)
    case .following, .multiple: return false
    }
  }

  /// `regex`, or the last one used for an empty regex; it becomes the last one used.
  mutating func regex(_ regex: SedRegex?) throws(SedRuntimeError) -> SedRegex {
    guard let chosen = regex ?? lastRegex else {
      throw SedRuntimeError(message: "no previous regular expression")
    }
    lastRegex = chosen
    return chosen
  }
}
