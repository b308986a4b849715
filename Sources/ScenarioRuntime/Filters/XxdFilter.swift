import SpecModel

/// `xxd` as xxd 2022-01-14 (vim 9) writes and reads dumps: `xxd.c`'s column arithmetic for the
/// dump lines, its `-p` and `-i` layouts, and `huntype`, its forgiving reader, for `-r`.
enum XxdFilter {
  static func run(_ xxd: XxdInvocation, file: String?, input: [UInt8], workingDirectory: String)
    -> FilterResult
  {
    let columns = xxd.columns ?? defaultColumns(xxd.mode)
    if xxd.mode == .dump && columns > 256 {
      return failure("xxd: invalid number of columns (max. 256).\n", status: 1)
    }
    var bytes = input
    if let file {
      switch FileAccess.readFile(FileAccess.resolve(file, in: workingDirectory)) {
      case .success(let content): bytes = content
      case .failure(let error) where error.isDirectory:
        return failure("xxd: \(error.message)\n", status: 2)
      case .failure(let error):
        return failure("xxd: \(file): \(error.message)\n", status: 2)
      }
    }
    switch xxd.mode {
    case .reverse, .reversePlain:
      return reverse(bytes, columns: columns, plain: xxd.mode == .reversePlain)
    default: break
    }
    // A file seeks past its end to nothing; a pipe cannot.
    guard xxd.seek <= bytes.count || file != nil else {
      return failure("xxd: Sorry, cannot seek.\n", status: 4)
    }
    var data = bytes[min(xxd.seek, bytes.count)...]
    if let length = xxd.length, length < data.count { data = data.prefix(length) }
    let digits = Array((xxd.uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
    switch xxd.mode {
    case .plain: return FilterResult(output: plain(data, columns: columns, digits: digits))
    case .include:
      return FilterResult(
        output: include(
          data, columns: columns, digits: digits, uppercase: xxd.uppercase,
          name: file.map { variableName($0, capitalize: xxd.capitalize) },
          capitalize: xxd.capitalize))
    default:
      return FilterResult(
        output: dump(
          data, offset: xxd.seek, columns: columns, group: xxd.groupSize ?? 2, digits: digits))
    }
  }

  private static func failure(_ message: String, status: Int32) -> FilterResult {
    FilterResult(output: [], status: status, stderr: Array(message.utf8))
  }

  static func defaultColumns(_ mode: XxdInvocation.Mode) -> Int {
    switch mode {
    case .plain, .reversePlain: 30
    case .include: 12
    case .dump, .reverse: 16
    }
  }

  /// Dump lines: `%08x:` and the hexadecimal bytes in groups, then, at a column that depends
  /// only on `columns` and `group`, the bytes as ASCII (`.` for the others).
  static func dump(
    _ data: ArraySlice<UInt8>, offset: Int, columns: Int, group: Int, digits: [UInt8]
  ) -> [UInt8] {
    let group = group < 1 || group > columns ? columns : group
    let groupWidth = 2 * group + 1
    var output: [UInt8] = []
    var start = data.startIndex
    while start < data.endIndex {
      let line = data[start..<min(start + columns, data.endIndex)]
      let hexOffset = String(offset + start - data.startIndex, radix: 16)
      let address = Array(
        (String(repeating: "0", count: max(0, 8 - hexOffset.count)) + hexOffset + ":").utf8)
      let asciiColumn = address.count + 3 + (groupWidth * columns - 1) / group
      var text = [UInt8](repeating: UInt8(ascii: " "), count: asciiColumn + line.count)
      text.replaceSubrange(0..<address.count, with: address)
      for (p, byte) in line.enumerated() {
        let column = address.count + 1 + (groupWidth * p) / group
        text[column] = digits[Int(byte >> 4)]
        text[column + 1] = digits[Int(byte & 0x0F)]
        text[asciiColumn + p] = byte > 31 && byte < 127 ? byte : UInt8(ascii: ".")
      }
      output += text
      output.append(UInt8(ascii: "\n"))
      start += columns
    }
    return output
  }

  /// `-p`: `columns` bytes a line in hexadecimal, a newline after each line and after a short
  /// last one.
  static func plain(_ data: ArraySlice<UInt8>, columns: Int, digits: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    for (index, byte) in data.enumerated() {
      output += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
      if (index + 1) % columns == 0 { output.append(UInt8(ascii: "\n")) }
    }
    if data.count % columns != 0 { output.append(UInt8(ascii: "\n")) }
    return output
  }

  /// `-i`: `0x..` values, `columns` a line; from a file, inside its C declaration and
  /// followed by its length.
  static func include(
    _ data: ArraySlice<UInt8>, columns: Int, digits: [UInt8], uppercase: Bool, name: String?,
    capitalize: Bool
  ) -> [UInt8] {
    var output = ""
    if let name { output += "unsigned char \(name)[] = {\n" }
    let prefix = uppercase ? "0X" : "0x"
    for (index, byte) in data.enumerated() {
      output += index == 0 ? "  " : index % columns == 0 ? ",\n  " : ", "
      output +=
        prefix
        + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }
    if !data.isEmpty { output += "\n" }
    if let name {
      output += "};\nunsigned int \(name)_\(capitalize ? "LEN" : "len") = \(data.count);\n"
    }
    return Array(output.utf8)
  }

  /// The C name of a file: letters and digits kept, anything else `_`, `__` before a digit.
  static func variableName(_ file: String, capitalize: Bool) -> String {
    var name = file.utf8.first.map { (0x30...0x39).contains($0) } == true ? "__" : ""
    for byte in file.utf8 {
      let isAlphanumeric =
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
      guard isAlphanumeric else {
        name += "_"
        continue
      }
      let character = Character(UnicodeScalar(byte))
      name += capitalize ? character.uppercased() : String(character)
    }
    return name
  }

  private static func hexValue(_ byte: UInt8) -> Int {
    switch byte {
    case 0x30...0x39: Int(byte - 0x30)
    case 0x41...0x46: Int(byte - 0x41 + 10)
    case 0x61...0x66: Int(byte - 0x61 + 10)
    default: -1
    }
  }

  /// `-r` and `-r -p`, as `huntype` reads: in a dump, each line's offset (hexadecimal up to
  /// the first other character), then at most `columns` pairs of digits; three characters in
  /// a row that are not digits end a line's data. With `-p`, blanks and newlines are skipped.
  /// A gap between offsets is written as zeros; an offset back is an error, output being a
  /// pipe.
  static func reverse(_ input: [UInt8], columns: Int, plain: Bool) -> FilterResult {
    var output: [UInt8] = []
    var n1 = -1
    var n2 = 0
    var n3: Int
    var ignoreGarbage = true
    var position = columns
    var wantOffset = 0
    var index = 0
    while index < input.count {
      var c = input[index]
      index += 1
      if c == UInt8(ascii: "\r") { continue }
      if plain && (c == 0x20 || c == 0x0A || c == 0x09) { continue }
      n3 = n2
      n2 = n1
      n1 = hexValue(c)
      if n1 == -1 && ignoreGarbage { continue }
      ignoreGarbage = false
      if !plain && position >= columns {
        if n1 < 0 {
          position = 0
          continue
        }
        wantOffset = wantOffset << 4 | n1
        continue
      }
      if wantOffset != output.count {
        guard wantOffset > output.count else {
          return FilterResult(
            output: output, status: 5,
            stderr: Array("xxd: Sorry, cannot seek backwards.\n".utf8))
        }
        output += [UInt8](repeating: 0, count: wantOffset - output.count)
      }
      func skipLine() {
        while index < input.count && input[index] != 0x0A { index += 1 }
        if index < input.count {
          c = 0x0A
          index += 1
        }
      }
      if n2 >= 0 && n1 >= 0 {
        output.append(UInt8(n2 << 4 | n1))
        wantOffset += 1
        n1 = -1
        position += 1
        if !plain && position >= columns { skipLine() }
      } else if n1 < 0 && n2 < 0 && n3 < 0 {
        skipLine()
      }
      if c == 0x0A {
        if !plain { wantOffset = 0 }
        position = columns
        ignoreGarbage = true
      }
    }
    return FilterResult(output: output)
  }
}
