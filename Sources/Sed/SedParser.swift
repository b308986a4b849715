/// Parses a sed script (all its pieces) into a `SedProgram`, as GNU sed 4.9's `compile.c`:
/// the same grammar, the same messages at the same byte offsets.
struct SedParser {
  var reader: SedReader
  let extended: Bool
  var commands: [SedProgram.Command] = []
  /// Indices of the `{` commands not closed yet.
  var openBlocks: [Int] = []
  var labels: [String: Int] = [:]
  var branches: [(command: Int, label: String)] = []
  var outputFiles: [String] = []
  /// Whether a regex came before (an empty regex needs one).
  var sawRegex = false

  static func parse(_ pieces: [SedScriptPiece], extended: Bool) throws(SedError) -> SedProgram {
    var parser = SedParser(reader: SedReader(pieces), extended: extended)
    while true {
      guard let byte = parser.reader.next() else {
        if parser.reader.advancePiece() { continue }
        break
      }
      if byte == UInt8(ascii: ";") || byte.isSedSpace { continue }
      parser.reader.back()
      try parser.parseCommand()
    }
    return try parser.finish(pieces)
  }

  private func finish(_ pieces: [SedScriptPiece]) throws(SedError) -> SedProgram {
    var commands = self.commands
    if !openBlocks.isEmpty {
      let origin = pieces.last?.origin ?? .expression(1)
      throw SedError(
        .script, "unmatched `{'", at: SedLocation(origin: origin, character: 0, line: 0))
    }
    for (index, label) in branches {
      guard let target = label.isEmpty ? commands.count : labels[label] else {
        throw SedError(.panic, "can't find label for jump to `\(label)'")
      }
      if case .branch(let kind, _) = commands[index].action {
        commands[index].action = .branch(kind, target: target)
      }
    }
    let first = pieces.first?.text ?? []
    // GNU sed 4.9 reads any first piece that starts with `#n` as `-n`.
    let quiet = first.starts(with: Array("#n".utf8))
    return SedProgram(commands: commands, quietByComment: quiet, outputFiles: outputFiles)
  }

  private mutating func parseCommand() throws(SedError) {
    let location = reader.location
    var spec: SedProgram.AddressSpec?
    if let first = try parseAddress(second: false) {
      spec = SedProgram.AddressSpec(first: first)
      switch first {
      case .following, .multiple:
        throw reader.error("invalid usage of +N or ~N as first address")
      default: break
      }
    }
    var byte = reader.nextNonblank()
    if byte == UInt8(ascii: ","), spec != nil {
      reader.skipBlanks()
      guard let second = try parseAddress(second: true) else {
        throw reader.error("unexpected `,'")
      }
      spec?.second = second
      byte = reader.nextNonblank()
    }
    if case .line(0) = spec?.first {
      var regexEnd = false
      if case .regex = spec?.second { regexEnd = true }
      if !regexEnd { throw reader.error("invalid usage of line address 0") }
    }
    var negated = false
    if byte == UInt8(ascii: "!") {
      negated = true
      byte = reader.nextNonblank()
      if byte == UInt8(ascii: "!") { throw reader.error("multiple `!'s") }
    }
    guard let name = byte, name != 0x0A, name != UInt8(ascii: ";") else {
      throw reader.error("missing command")
    }
    let action = try parseAction(name, spec: spec)
    if let action {
      commands.append(
        SedProgram.Command(address: spec, negated: negated, action: action, location: location))
    }
  }

  /// An address, or nil (nothing read) when none starts here.
  private mutating func parseAddress(second: Bool) throws(SedError) -> SedProgram.Address? {
    guard let byte = reader.next() else { return nil }
    switch byte {
    case UInt8(ascii: "/"), 0x5C:
      var delimiter = byte
      if byte == 0x5C {
        guard let custom = reader.next(), custom != 0x0A else {
          throw reader.error("unterminated address regex")
        }
        delimiter = custom
      }
      guard let pattern = try matchDelimited(delimiter, regex: true) else {
        throw reader.error("unterminated address regex")
      }
      var ignoreCase = false
      var multiline = false
      while let flag = reader.nextNonblank() {
        if flag == UInt8(ascii: "I") {
          ignoreCase = true
        } else if flag == UInt8(ascii: "M") {
          multiline = true
        } else {
          reader.back()
          break
        }
      }
      return .regex(try compileRegex(pattern, ignoreCase: ignoreCase, multiline: multiline))
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      let number = reader.integer(startingWith: byte)
      if reader.peek() == UInt8(ascii: "~") {
        _ = reader.next()
        var step = 0
        if let digit = reader.next() {
          if digit.isDigit { step = reader.integer(startingWith: digit) } else { reader.back() }
        }
        return .step(first: number, step: step)
      }
      return .line(number)
    case UInt8(ascii: "+"), UInt8(ascii: "~"):
      guard let digit = reader.next(), digit.isDigit else {
        throw reader.error(second ? "expected newer version of sed" : "unexpected `,'")
      }
      let number = reader.integer(startingWith: digit)
      return byte == UInt8(ascii: "+") ? .following(number) : .multiple(number)
    case UInt8(ascii: "$"):
      return .last
    default:
      reader.back()
      return nil
    }
  }

  /// nil for an empty regex (the last one used); errors are glibc's, at the current offset.
  mutating func compileRegex(_ pattern: [UInt8], ignoreCase: Bool, multiline: Bool)
    throws(SedError) -> SedRegex?
  {
    if pattern.isEmpty {
      if ignoreCase || multiline {
        throw reader.error("cannot specify modifiers on empty regexp")
      }
      guard sawRegex else {
        var location = reader.location
        location.character = 0
        throw SedError(.script, "no previous regular expression", at: location)
      }
      return nil
    }
    sawRegex = true
    do {
      return try SedRegex(
        sed: SedEscapes.regex(pattern), extended: extended,
        ignoreCase: ignoreCase, multiline: multiline)
    } catch {
      throw reader.error(error.message)
    }
  }

  /// After a command: blanks, then the end of the line or piece, `;`, `}` or `#`.
  mutating func readEndOfCommand() throws(SedError) {
    guard let byte = reader.nextNonblank(), byte != 0x0A, byte != UInt8(ascii: ";") else {
      return
    }
    guard byte == UInt8(ascii: "}") || byte == UInt8(ascii: "#") else {
      throw reader.error("extra characters after command")
    }
    reader.back()
  }
}
