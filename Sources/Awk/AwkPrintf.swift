/// `printf`/`sprintf` formatting: the C conversions, on awk values.
enum AwkPrintf {
  /// Formats `arguments` per `format`; `text` converts a value to a string (with `CONVFMT`).
  static func format(
    _ format: [UInt8], _ arguments: [AwkValue], text: (AwkValue) -> [UInt8]
  ) throws(AwkRuntimeError) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    var next = 0
    func argument() throws(AwkRuntimeError) -> AwkValue {
      guard next < arguments.count else {
        throw AwkRuntimeError(
          "not enough arguments passed to printf(\"\(String(decoding: format, as: UTF8.self))\")")
      }
      next += 1
      return arguments[next - 1]
    }
    while index < format.count {
      let byte = format[index]
      index += 1
      guard byte == UInt8(ascii: "%") else {
        output.append(byte)
        continue
      }
      guard index < format.count else {
        output.append(byte)
        break
      }
      if format[index] == UInt8(ascii: "%") {
        output.append(byte)
        index += 1
        continue
      }
      var flags: [UInt8] = []
      while index < format.count, "-+ #0".utf8.contains(format[index]) {
        flags.append(format[index])
        index += 1
      }
      var width: Int?
      if index < format.count, format[index] == UInt8(ascii: "*") {
        index += 1
        let value = Int(clamping: Int64(exactly: try argument().number.rounded(.towardZero)) ?? 0)
        if value < 0 { flags.append(UInt8(ascii: "-")) }
        width = abs(value)
      } else {
        width = readNumber(format, &index)
      }
      var precision: Int?
      if index < format.count, format[index] == UInt8(ascii: ".") {
        index += 1
        if index < format.count, format[index] == UInt8(ascii: "*") {
          index += 1
          let value = Int(clamping: Int64(exactly: try argument().number.rounded(.towardZero)) ?? 0)
          precision = value < 0 ? nil : value
        } else {
          precision = readNumber(format, &index) ?? 0
        }
      }
      // Length modifiers mean nothing in awk.
      while index < format.count, "hlLqjzt".utf8.contains(format[index]) { index += 1 }
      guard index < format.count else {
        output += format[(format.lastIndex(of: UInt8(ascii: "%")) ?? 0)...]
        break
      }
      let conversion = format[index]
      index += 1
      var spec: [UInt8] = [UInt8(ascii: "%")] + flags
      if let width { spec += Array(String(width).utf8) }
      if let precision { spec += Array(".\(precision)".utf8) }
      switch conversion {
      case UInt8(ascii: "d"), UInt8(ascii: "i"):
        let value = try argument().number
        if !value.isFinite {
          output += AwkNumber.formatDouble(spec + [UInt8(ascii: "f")], value)
        } else {
          output += AwkNumber.formatInteger(spec + Array("lld".utf8), clampToInt64(value))
        }
      case UInt8(ascii: "o"), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "u"):
        let value = clampToInt64(try argument().number)
        output += AwkNumber.formatUnsigned(
          spec + Array("ll".utf8) + [conversion], UInt64(bitPattern: value))
      case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"),
        UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "a"), UInt8(ascii: "A"):
        output += AwkNumber.formatDouble(spec + [conversion], try argument().number)
      case UInt8(ascii: "c"):
        let value = try argument()
        var character: [UInt8]
        switch value {
        case .number(let number):
          character = [UInt8(truncatingIfNeeded: Int64(clampToInt64(number)))]
        default:
          character = Array(text(value).prefix(1))
        }
        output += pad(character, width: width, left: flags.contains(UInt8(ascii: "-")))
      case UInt8(ascii: "s"):
        var string = text(try argument())
        if let precision, precision < string.count { string = Array(string.prefix(precision)) }
        output += pad(string, width: width, left: flags.contains(UInt8(ascii: "-")))
      default:
        // An unknown conversion is copied as it is.
        output += spec + [conversion]
      }
    }
    return output
  }

  private static func readNumber(_ format: [UInt8], _ index: inout Int) -> Int? {
    var value: Int?
    while index < format.count, isDigit(format[index]) {
      value = min((value ?? 0) * 10 + Int(format[index] - 0x30), 1 << 20)
      index += 1
    }
    return value
  }

  static func clampToInt64(_ value: Double) -> Int64 {
    if value.isNaN { return 0 }
    if value >= 9.2e18 { return Int64.max }
    if value <= -9.2e18 { return Int64.min }
    return Int64(value.rounded(.towardZero))
  }

  private static func pad(_ bytes: [UInt8], width: Int?, left: Bool) -> [UInt8] {
    guard let width, width > bytes.count else { return bytes }
    let padding = [UInt8](repeating: 0x20, count: width - bytes.count)
    return left ? bytes + padding : padding + bytes
  }
}
