/// The `awk` command line: `-F fs`, `-v name=value`, `--`, the program text, then operands.
enum AwkCommandLine {
  static func parse(_ arguments: [String]) throws(AwkError) -> AwkInvocation {
    var fieldSeparator: AwkBytes?
    var assignments: [AwkAssignment] = []
    var index = 0
    func value(_ option: String, _ attached: Substring) throws(AwkError) -> String {
      if !attached.isEmpty { return String(attached) }
      index += 1
      guard index < arguments.count else {
        throw AwkError(.usage, "option requires an argument -- \(option)")
      }
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" {
        index += 1
        break
      }
      guard argument.hasPrefix("-"), argument.count > 1 else { break }
      let option = argument.dropFirst().prefix(1)
      let attached = argument.dropFirst(2)
      switch option {
      case "F":
        fieldSeparator = AwkBytes(fieldSeparatorValue(try value("F", attached)))
      case "v":
        let text = try value("v", attached)
        guard let assignment = assignment(text) else {
          throw AwkError(.usage, "improper assignment: -v \(text)")
        }
        assignments.append(assignment)
      case "f":
        throw AwkError(.unsupported, "-f progfile is not supported: give the program text")
      default:
        throw AwkError(.usage, "not an option: \(argument)")
      }
      index += 1
    }
    guard index < arguments.count else { throw AwkError(.usage, "no program given") }
    let source = arguments[index]
    let program = try AwkParser.parse(source)
    return AwkInvocation(
      source: source, program: program, fieldSeparator: fieldSeparator,
      assignments: assignments, operands: Array(arguments[(index + 1)...]))
  }

  /// `-F` text: escapes processed; `t` alone is a tab (POSIX).
  static func fieldSeparatorValue(_ text: String) -> [UInt8] {
    if text == "t" { return [0x09] }
    return AwkEscapes.process(Array(text.utf8))
  }

  /// `name=value` with a valid name; the value's escapes are processed.
  static func assignment(_ text: String) -> AwkAssignment? {
    let bytes = Array(text.utf8)
    guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")), equals > 0,
      isNameStart(bytes[0]),
      bytes[1..<equals].allSatisfy({ isNameStart($0) || isDigit($0) })
    else { return nil }
    let name = String(decoding: bytes[..<equals], as: UTF8.self)
    guard !AwkLexer.keywords.contains(name), AwkBuiltin(rawValue: name) == nil else { return nil }
    return AwkAssignment(
      name: name, value: AwkBytes(AwkEscapes.process(Array(bytes[(equals + 1)...]))))
  }
}
