/// bash 5.2's backslash escapes, in the four places that read them. They differ in octal
/// (`\101` is `A` in a printf format, a `%b` argument and `$'…'`, but not in `echo -e`, where
/// only `\0NNN` is octal), in `\'`, `\"` and `\?` (the character in a format and in `$'…'`, kept
/// with the backslash by `%b` and `echo -e`), in `\c` (ends all output in `%b` and `echo -e`, a
/// control character in `$'…'`, literal in a format) and in NUL (`$'a\0b'` ends at the NUL).
/// Unknown escapes keep their backslash; `\x` and `\u` without digits stay as written.
package enum BackslashEscapes {
  package enum Dialect: Sendable {
    /// `printf FORMAT`.
    case printfFormat
    /// An argument of printf's `%b`.
    case printfArgument
    /// The arguments of `echo -e`.
    case echo
    /// `$'…'`.
    case dollarQuote
  }

  /// `text` with its escapes replaced by the bytes they stand for; `stopped` when a `\c` ended
  /// the output (`%b`, `echo -e`), in which case nothing after it is printed.
  package static func expand(_ text: String, _ dialect: Dialect) -> (
    bytes: [UInt8], stopped: Bool
  ) {
    let input = Array(text.utf8)
    var output: [UInt8] = []
    var index = 0
    while index < input.count {
      let byte = input[index]
      index += 1
      guard byte == UInt8(ascii: "\\") else {
        output.append(byte)
        continue
      }
      let escape = decode(input, &index, dialect)
      if escape.stops { return (output, true) }
      output += escape.bytes
    }
    if dialect == .dollarQuote, let nul = output.firstIndex(of: 0) {
      output.removeSubrange(nul...)
    }
    return (output, false)
  }

  /// One escape, `index` just after its backslash.
  package static func decode(_ text: [UInt8], _ index: inout Int, _ dialect: Dialect)
    -> (bytes: [UInt8], stops: Bool)
  {
    guard index < text.count else { return ([UInt8(ascii: "\\")], false) }
    let c = text[index]
    index += 1
    func number(radix: Int, maxDigits: Int) -> UInt32? {
      var value: UInt32?
      var count = 0
      while count < maxDigits, index < text.count,
        let digit = Int(String(Unicode.Scalar(text[index])), radix: radix)
      {
        value = (value ?? 0) * UInt32(radix) + UInt32(digit)
        index += 1
        count += 1
      }
      return value
    }
    let kept: [UInt8] = [UInt8(ascii: "\\"), c]
    let readsQuotes = dialect == .printfFormat || dialect == .dollarQuote
    switch Character(Unicode.Scalar(c)) {
    case "a": return ([0x07], false)
    case "b": return ([0x08], false)
    case "e", "E": return ([0x1B], false)
    case "f": return ([0x0C], false)
    case "n": return ([0x0A], false)
    case "r": return ([0x0D], false)
    case "t": return ([0x09], false)
    case "v": return ([0x0B], false)
    case "\\": return ([c], false)
    case "'", "\"", "?":
      return (readsQuotes ? [c] : kept, false)
    case "c":
      switch dialect {
      case .printfFormat: return (kept, false)
      case .printfArgument, .echo: return ([], true)
      case .dollarQuote:
        guard index < text.count else { return (kept, false) }
        let control = text[index]
        index += 1
        // bash's `\c?` is DEL; others are the character's low five bits (`\cA`, `\ca`: 0x01).
        return ([control == UInt8(ascii: "?") ? 0x7F : control & 0x1F], false)
      }
    case "0" where dialect == .printfArgument || dialect == .echo:
      return ([UInt8(truncatingIfNeeded: number(radix: 8, maxDigits: 3) ?? 0)], false)
    case "1"..."7" where dialect == .echo:
      return (kept, false)
    case "0"..."7":
      index -= 1
      return ([UInt8(truncatingIfNeeded: number(radix: 8, maxDigits: 3) ?? 0)], false)
    case "x":
      guard let value = number(radix: 16, maxDigits: 2) else { return (kept, false) }
      return ([UInt8(truncatingIfNeeded: value)], false)
    case "u", "U":
      guard let value = number(radix: 16, maxDigits: c == UInt8(ascii: "u") ? 4 : 8),
        let scalar = Unicode.Scalar(value)
      else { return (kept, false) }
      return (Array(String(scalar).utf8), false)
    default:
      return (kept, false)
    }
  }

  /// A printf format that prints exactly `bytes` (for output that a template's text, which is
  /// UTF-8, cannot hold: `echo -e '\0377'`).
  package static func printfFormat(printing bytes: [UInt8]) -> String {
    var format = ""
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "%"): format += "%%"
      case UInt8(ascii: "\\"): format += "\\\\"
      case 0x20..<0x7F: format.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let octal = String(byte, radix: 8)
        format += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
      }
    }
    return format
  }
}
