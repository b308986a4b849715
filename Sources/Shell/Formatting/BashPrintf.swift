import Foundation

/// bash 5.2's `printf` builtin in a UTF-8 locale: the format is applied to the arguments, and
/// again to the arguments left over as long as each pass uses some; a missing argument is an
/// empty string or zero. Widths and precisions count bytes, as C's `printf` does. A numeric
/// argument that is not entirely a number is reported (`printf: 12abc: invalid number`) and the
/// number it starts with is used; the status is then 1.
package struct BashPrintf {
  package private(set) var output: [UInt8] = []
  /// The arguments that were not numbers, in order.
  package private(set) var invalidNumbers: [String] = []
  /// For each argument used, in order, the conversion that used it (`%s`, `%-5s`, `%.2f`, `*`
  /// for a width or precision).
  package private(set) var conversions: [String] = []
  private var arguments: ArraySlice<String>
  private var stopped = false

  package static func format(_ format: String, arguments: [String]) -> BashPrintf {
    var printf = BashPrintf(arguments: arguments[...])
    let bytes = Array(format.utf8)
    repeat {
      let before = printf.arguments.count
      printf.apply(bytes)
      if printf.stopped || printf.arguments.count == before { break }
    } while !printf.arguments.isEmpty
    return printf
  }

  private init(arguments: ArraySlice<String>) {
    self.arguments = arguments
  }

  private mutating func apply(_ format: [UInt8]) {
    var index = 0
    while index < format.count, !stopped {
      let byte = format[index]
      index += 1
      if byte == UInt8(ascii: "\\") {
        output += BackslashEscapes.decode(format, &index, .printfFormat).bytes
        continue
      }
      guard byte == UInt8(ascii: "%"), index < format.count else {
        output.append(byte)
        continue
      }
      if format[index] == UInt8(ascii: "%") {
        output.append(byte)
        index += 1
        continue
      }
      convert(format, &index)
    }
  }

  /// One conversion, `index` just after its `%`.
  private mutating func convert(_ format: [UInt8], _ index: inout Int) {
    var flags = ""
    while index < format.count, let c = Self.character(format[index]), "-+ #0'".contains(c) {
      flags.append(c)
      index += 1
    }
    var width: Int?
    var precision: Int?
    if index < format.count, format[index] == UInt8(ascii: "*") {
      index += 1
      if !arguments.isEmpty { conversions.append("*") }
      width = Int(clamping: nextInteger())
    } else {
      width = Self.digits(format, &index)
    }
    if index < format.count, format[index] == UInt8(ascii: ".") {
      index += 1
      if index < format.count, format[index] == UInt8(ascii: "*") {
        index += 1
        if !arguments.isEmpty { conversions.append("*") }
        precision = Int(clamping: nextInteger())
      } else {
        precision = Self.digits(format, &index) ?? 0
      }
    }
    while index < format.count, let c = Self.character(format[index]), "hjlLtz".contains(c) {
      index += 1
    }
    guard index < format.count, let conversion = Self.character(format[index]) else { return }
    index += 1
    if let width, width < 0 {
      flags.append("-")
    }
    let spec = "%" + flags + (width.map { String(abs($0)) } ?? "")
    let precisionText = precision.flatMap { $0 >= 0 ? ".\($0)" : nil } ?? ""
    if !arguments.isEmpty, "sbcdiouxXeEfFgGaA".contains(conversion) {
      conversions.append(spec + precisionText + String(conversion))
    }
    switch conversion {
    case "s", "b", "c":
      var text = Array((arguments.popFirst() ?? "").utf8)
      if conversion == "b" {
        var expanded: [UInt8] = []
        var i = 0
        while i < text.count {
          if text[i] == UInt8(ascii: "\\") {
            i += 1
            let escape = BackslashEscapes.decode(text, &i, .printfArgument)
            if escape.stops {
              stopped = true
              break
            }
            expanded += escape.bytes
          } else {
            expanded.append(text[i])
            i += 1
          }
        }
        text = expanded
      }
      if conversion == "c" {
        text = [text.first ?? 0]
      } else if let precision, precision >= 0, precision < text.count {
        text = Array(text.prefix(precision))
      }
      pad(text, width: width.map(abs) ?? 0, left: flags.contains("-"))
    case "d", "i":
      output += Array(String(format: spec + precisionText + "lld", nextInteger()).utf8)
    case "o", "u", "x", "X":
      let value = UInt64(bitPattern: nextInteger())
      output += Array(String(format: spec + precisionText + "ll" + String(conversion), value).utf8)
    case "e", "E", "f", "F", "g", "G", "a", "A":
      output += Array(String(format: spec + precisionText + String(conversion), nextDouble()).utf8)
    default:
      output += Array(("%" + flags + String(conversion)).utf8)
    }
  }

  private mutating func pad(_ text: [UInt8], width: Int, left: Bool) {
    let padding = [UInt8](repeating: UInt8(ascii: " "), count: max(0, width - text.count))
    output += left ? text + padding : padding + text
  }

  // MARK: Numbers

  /// bash's `getintmax`: strtoimax with base 0, or the code of the character after a leading
  /// quote.
  private mutating func nextInteger() -> Int64 {
    guard let text = arguments.popFirst() else { return 0 }
    if let code = Self.quotedCharacter(text) { return Int64(code) }
    var scalars = Substring(text).drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    if scalars.isEmpty { return 0 }
    var negative = false
    if let sign = scalars.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      scalars.removeFirst()
    }
    var radix = 10
    if scalars.hasPrefix("0x") || scalars.hasPrefix("0X") {
      let hex = scalars.dropFirst(2)
      if let first = hex.first, first.isHexDigit {
        radix = 16
        scalars = hex
      }
    } else if scalars.hasPrefix("0") {
      radix = 8
    }
    let digits = scalars.prefix { $0.isASCII && Int(String($0), radix: radix) != nil }
    var value: Int64 = 0
    for digit in digits {
      let (product, overflow) = value.multipliedReportingOverflow(by: Int64(radix))
      value = overflow ? Int64.max : product &+ Int64(Int(String(digit), radix: radix)!)
    }
    if digits.count != scalars.count || digits.isEmpty {
      invalidNumbers.append(text)
    }
    return negative ? 0 &- value : value
  }

  /// bash's `getfloatmax`: strtold, or the code of the character after a leading quote.
  private mutating func nextDouble() -> Double {
    guard let text = arguments.popFirst() else { return 0 }
    if let code = Self.quotedCharacter(text) { return Double(code) }
    let trimmed = Substring(text).drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    if trimmed.isEmpty { return 0 }
    if let value = Double(trimmed) { return value }
    invalidNumbers.append(text)
    var prefix = trimmed
    while !prefix.isEmpty {
      prefix = prefix.dropLast()
      if let value = Double(prefix) { return value }
    }
    return 0
  }

  private static func quotedCharacter(_ text: String) -> UInt32? {
    guard let first = text.unicodeScalars.first, first == "'" || first == "\"" else { return nil }
    return text.unicodeScalars.dropFirst().first?.value ?? 0
  }

  private static func digits(_ format: [UInt8], _ index: inout Int) -> Int? {
    var value: Int?
    while index < format.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(format[index]) {
      value = (value ?? 0) &* 10 &+ Int(format[index] - UInt8(ascii: "0"))
      index += 1
    }
    return value
  }

  private static func character(_ byte: UInt8) -> Character? {
    byte < 0x80 ? Character(Unicode.Scalar(byte)) : nil
  }
}
