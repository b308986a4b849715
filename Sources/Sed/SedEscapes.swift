/// GNU sed's character escapes (`\a \f \n \r \t \v \cX \dNNN \oNNN \xHH`), shared by regexes,
/// replacements and the text of `a`, `i`, `c`.
enum SedEscapes {
  /// The one-letter escapes: `\a \f \n \r \t \v`.
  private static let single: [UInt8: UInt8] = [
    UInt8(ascii: "a"): 0x07, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
    UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B,
  ]

  /// The byte `\` + `source[index]` stands for, advancing `index` past the escape; nil when it
  /// is not a character escape (index unchanged).
  static func decode(_ source: [UInt8], at index: inout Int) -> UInt8? {
    guard index < source.count else { return nil }
    if let byte = single[source[index]] {
      index += 1
      return byte
    }
    switch source[index] {
    case UInt8(ascii: "c"):
      guard index + 1 < source.count else { return nil }
      index += 2
      let control = source[index - 1]
      let upper = control >= 0x61 && control <= 0x7A ? control - 0x20 : control
      return upper ^ 0x40
    case UInt8(ascii: "d"): return number(source, &index, radix: 10, digits: 3)
    case UInt8(ascii: "o"): return number(source, &index, radix: 8, digits: 3)
    case UInt8(ascii: "x"): return number(source, &index, radix: 16, digits: 2)
    default: return nil
    }
  }

  private static func number(_ source: [UInt8], _ index: inout Int, radix: Int, digits: Int)
    -> UInt8?
  {
    var value = 0
    var end = index + 1
    while end < source.count, end - index - 1 < digits,
      let digit = Int(String(UnicodeScalar(source[end])), radix: radix)
    {
      value = value * radix + digit
      end += 1
    }
    guard end > index + 1 else { return nil }
    index = end
    return UInt8(truncatingIfNeeded: value)
  }

  /// A regex with sed's escapes turned into characters: as GNU sed 4.9, the character is not
  /// escaped again (`s/\x2e/X/` replaces any character), except a backslash. `\n` was
  /// handled when the regex was read.
  static func regex(_ source: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < source.count {
      let byte = source[index]
      index += 1
      guard byte == 0x5C, index < source.count else {
        output.append(byte)
        continue
      }
      if let decoded = decode(source, at: &index) {
        if decoded == 0x5C { output.append(0x5C) }
        output.append(decoded)
      } else {
        output += [byte, source[index]]
        index += 1
      }
    }
    return output
  }

  /// The text of `a`, `i`, `c`: escapes decoded, any other backslash removed.
  static func text(_ source: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < source.count {
      let byte = source[index]
      index += 1
      guard byte == 0x5C, index < source.count else {
        output.append(byte)
        continue
      }
      if let decoded = decode(source, at: &index) {
        output.append(decoded)
      } else {
        output.append(source[index])
        index += 1
      }
    }
    return output
  }
}
