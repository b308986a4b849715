/// The commands after their addresses.
extension SedParser {
  /// The command named `name`; nil for one that needs no place in the program (`#`).
  mutating func parseAction(_ name: UInt8, spec: SedProgram.AddressSpec?) throws(SedError)
    -> SedProgram.Action?
  {
    switch name {
    case UInt8(ascii: "#"):
      if spec != nil { throw reader.error("comments don't accept any addresses") }
      while let byte = reader.next(), byte != 0x0A {}
      return nil
    case UInt8(ascii: "{"):
      openBlocks.append(commands.count)
      return .block(end: -1)
    case UInt8(ascii: "}"):
      guard spec == nil, let open = openBlocks.popLast() else {
        throw reader.error("unexpected `}'")
      }
      try readEndOfCommand()
      commands[open].action = .block(end: commands.count)
      return .blockEnd
    case UInt8(ascii: ":"):
      if spec != nil { throw reader.error(": doesn't want any addresses") }
      let label = readLabel(branch: false)
      if label.isEmpty { throw reader.error("\":\" lacks a label") }
      labels[label] = labels[label] ?? commands.count
      return .label(label)
    case UInt8(ascii: "b"), UInt8(ascii: "t"), UInt8(ascii: "T"):
      branches.append((commands.count, readLabel(branch: true)))
      let kind: SedProgram.BranchKind =
        name == UInt8(ascii: "b")
        ? .always : name == UInt8(ascii: "t") ? .ifSubstituted : .unlessSubstituted
      return .branch(kind, target: -1)
    case UInt8(ascii: "a"), UInt8(ascii: "i"), UInt8(ascii: "c"):
      let text = try readText()
      switch name {
      case UInt8(ascii: "a"): return .append(text)
      case UInt8(ascii: "i"): return .insert(text)
      default: return .change(text)
      }
    case UInt8(ascii: "q"), UInt8(ascii: "Q"):
      if spec?.second != nil { throw reader.error("command only uses one address") }
      var status: Int32 = 0
      if let byte = reader.nextNonblank() {
        if byte.isDigit {
          status = Int32(truncatingIfNeeded: reader.integer(startingWith: byte))
        } else {
          reader.back()
        }
      }
      try readEndOfCommand()
      return .quit(status: status, print: name == UInt8(ascii: "q"))
    case UInt8(ascii: "l"), UInt8(ascii: "L"):
      var length: Int?
      if let byte = reader.nextNonblank() {
        if byte.isDigit { length = reader.integer(startingWith: byte) } else { reader.back() }
      }
      try readEndOfCommand()
      return name == UInt8(ascii: "l") ? .list(length) : nil
    case UInt8(ascii: "r"):
      return .readFile(try readFilename())
    case UInt8(ascii: "w"):
      let file = try readFilename()
      outputFiles.append(file)
      return .writeFile(file)
    case UInt8(ascii: "s"):
      return .substitute(try parseSubstitution())
    case UInt8(ascii: "y"):
      return .transliterate(try parseTransliteration())
    case UInt8(ascii: "e"), UInt8(ascii: "R"), UInt8(ascii: "W"):
      throw SedError(
        .unsupported, "the `\(Character(UnicodeScalar(name)))' command is not supported",
        at: reader.location)
    case UInt8(ascii: "v"):
      _ = readLabel(branch: false)
      return nil
    default:
      if Array("=dDgGhHnNpPxzF".utf8).contains(name) {
        try readEndOfCommand()
        return .simple(name)
      }
      throw reader.error("unknown command: `\(Character(UnicodeScalar(name)))'")
    }
  }

  /// A label after `:`, `b`, `t`, `T`: up to a newline, `;` or blank (and `}` for a branch).
  mutating func readLabel(branch: Bool) -> String {
    var label: [UInt8] = []
    reader.skipBlanks()
    while let byte = reader.next() {
      if byte == UInt8(ascii: "}") && branch {
        reader.back()
        break
      }
      if byte == UInt8(ascii: ";") || byte.isSedSpace { break }
      label.append(byte)
    }
    return String(decoding: label, as: UTF8.self)
  }

  /// A file name: the rest of the line.
  mutating func readFilename() throws(SedError) -> String {
    reader.skipBlanks()
    var name: [UInt8] = []
    while let byte = reader.next(), byte != 0x0A { name.append(byte) }
    if name.isEmpty { throw reader.error("missing filename in r/R/w/W commands") }
    return String(decoding: name, as: UTF8.self)
  }

  /// The text of `a`, `i`, `c`: the GNU one-liner (`a text`) or the classic form (`a\`, then
  /// lines ending with `\` continue), escapes decoded, ending with a newline.
  mutating func readText() throws(SedError) -> [UInt8] {
    guard let first = reader.nextNonblank() else {
      throw reader.error("expected \\ after `a', `c' or `i'")
    }
    if first == 0x5C {
      guard let next = reader.next() else {
        // `-e 'a\' -e 'text'`: the text is the next piece.
        guard reader.advancePiece() else { return [] }
        return readTextLines()
      }
      if next != 0x0A { reader.back() }
    } else {
      reader.back()
    }
    return readTextLines()
  }

  private mutating func readTextLines() -> [UInt8] {
    var raw: [UInt8] = []
    while let byte = reader.next(), byte != 0x0A {
      guard byte == 0x5C else {
        raw.append(byte)
        continue
      }
      // A backslash that ends the piece is dropped.
      if let escaped = reader.next() { raw += [byte, escaped] }
    }
    return SedEscapes.text(raw) + [0x0A]
  }

  /// A bracket expression after its `[`, through its `]`, as written: the delimiter does not
  /// end it (`s/[/]/x/`); nil when a newline or the end comes first.
  private mutating func readBracket() -> [UInt8]? {
    var text: [UInt8] = [UInt8(ascii: "[")]
    if reader.peek() == UInt8(ascii: "^") { text.append(reader.next()!) }
    if reader.peek() == UInt8(ascii: "]") { text.append(reader.next()!) }
    while let byte = reader.next() {
      if byte == 0x0A {
        reader.back()
        return nil
      }
      text.append(byte)
      if byte == UInt8(ascii: "]") { return text }
      if byte == UInt8(ascii: "["), let kind = reader.peek(),
        [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "=")].contains(kind)
      {
        text.append(reader.next()!)
        while let inner = reader.next() {
          if inner == 0x0A {
            reader.back()
            return nil
          }
          text.append(inner)
          if inner == UInt8(ascii: "]"), text[text.count - 2] == kind { break }
        }
      }
    }
    return nil
  }

  /// The delimited text of an address regex, `s` or `y` after its delimiter (GNU
  /// `match_slash`): `\DELIM` is the delimiter, `\n` a newline in a regex, `\` + newline a
  /// newline; nil when a newline or the end comes first.
  mutating func matchDelimited(_ delimiter: UInt8, regex: Bool) throws(SedError) -> [UInt8]? {
    var text: [UInt8] = []
    while let byte = reader.next() {
      if byte == 0x0A {
        reader.back()
        return nil
      }
      if byte == delimiter { return text }
      if byte == UInt8(ascii: "[") && regex {
        guard let bracket = readBracket() else { return nil }
        text += bracket
        continue
      }
      guard byte == 0x5C else {
        text.append(byte)
        continue
      }
      guard let escaped = reader.next() else { return nil }
      if escaped == UInt8(ascii: "n") && regex {
        text.append(0x0A)
      } else if escaped == 0x0A {
        text.append(0x0A)
      } else if escaped == delimiter && (regex || escaped != UInt8(ascii: "&")) {
        text.append(escaped)
      } else {
        text += [0x5C, escaped]
      }
    }
    return nil
  }
}
