import Glibc

/// Conversions between numbers and text: awk's `atof`, the numeric-string test, and the
/// output of numbers (integers as integers, others through `CONVFMT`/`OFMT`).
enum AwkNumber {
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// The longest numeric prefix after blanks (`"3abc"` is 3, `"x"` is 0).
  static func parse(_ bytes: [UInt8]) -> Double {
    var index = 0
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    let start = index
    guard let end = scanNumber(bytes, from: index) else { return 0 }
    return Double(String(decoding: bytes[start..<end], as: UTF8.self)) ?? 0
  }

  /// The end of a decimal number starting at `index`, or `nil`.
  static func scanNumber(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      index += 1
    }
    var digits = 0
    while index < bytes.count, isDigit(bytes[index]) {
      index += 1
      digits += 1
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < bytes.count, isDigit(bytes[index]) {
        index += 1
        digits += 1
      }
    }
    guard digits > 0 else { return nil }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      var cursor = index + 1
      if cursor < bytes.count,
        bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-")
      {
        cursor += 1
      }
      if cursor < bytes.count, isDigit(bytes[cursor]) {
        while cursor < bytes.count, isDigit(bytes[cursor]) { cursor += 1 }
        index = cursor
      }
    }
    return index
  }

  /// Whether input text is a number with optional blanks around it (POSIX's numeric string).
  static func looksNumeric(_ bytes: [UInt8]) -> Bool {
    var index = 0
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    guard var end = scanNumber(bytes, from: index) else { return false }
    while end < bytes.count, isSpace(bytes[end]) { end += 1 }
    return end == bytes.count
  }

  /// The decimal text of an integral value that awk prints as an integer.
  static func integerText(_ value: Double) -> String? {
    guard value.isFinite, value == value.rounded(.towardZero), abs(value) < 1e16 else {
      return nil
    }
    if value == 0 { return "0" }
    return String(Int64(value))
  }

  /// A number as text: integers as such, others through `format` (`CONVFMT` or `OFMT`).
  static func text(_ value: Double, format: [UInt8]) -> [UInt8] {
    if let integer = integerText(value) { return Array(integer.utf8) }
    return formatDouble(format, value)
  }

  /// One C conversion of a double (`%.6g`…) through the C library.
  static func formatDouble(_ format: [UInt8], _ value: Double) -> [UInt8] {
    cFormat(format) { $0.append(value) }
  }

  static func formatInteger(_ format: [UInt8], _ value: Int64) -> [UInt8] {
    cFormat(format) { $0.append(value) }
  }

  static func formatUnsigned(_ format: [UInt8], _ value: UInt64) -> [UInt8] {
    cFormat(format) { $0.append(value) }
  }

  private static func cFormat(_ format: [UInt8], _ add: (inout [any CVarArg]) -> Void) -> [UInt8] {
    var arguments: [any CVarArg] = []
    add(&arguments)
    let cFormat = format.map { CChar(bitPattern: $0) } + [0]
    var capacity = 64
    while true {
      var buffer = [CChar](repeating: 0, count: capacity)
      let written = withVaList(arguments) { list in
        vsnprintf(&buffer, capacity, cFormat, list)
      }
      if written < 0 { return [] }
      if Int(written) < capacity {
        return buffer[0..<Int(written)].map { UInt8(bitPattern: $0) }
      }
      capacity = Int(written) + 1
    }
  }
}
