import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `seq`: numbers from FIRST to LAST by INCREMENT, formatted as GNU seq 9 formats them (the
/// precision of the operands, `-w` padding, a `-f` printf format), in double precision.
enum SeqSource {
  /// One operand: its value, and the width and decimals it was written with.
  struct Operand {
    var value: Double
    var width: Int
    /// Digits after the decimal point (nil: not known, e.g. hexadecimal).
    var precision: Int?
  }

  /// The operands and options, expanded.
  static func run(
    first: String?, increment: String?, last: String, separator: String?, equalWidth: Bool,
    format: String?
  ) -> FilterResult {
    func failure(_ message: String, usage: Bool = true) -> FilterResult {
      let hint = usage ? "Try 'seq --help' for more information.\n" : ""
      return FilterResult(output: [], status: 1, stderr: Array("seq: \(message)\n\(hint)".utf8))
    }
    if format != nil, equalWidth {
      return failure("format string may not be specified when printing equal width strings")
    }
    var operands: [Operand] = []
    for text in [first ?? "1", increment ?? "1", last] {
      guard let operand = scan(text) else {
        return failure("invalid floating point argument: ‘\(text)’")
      }
      guard !operand.value.isNaN else {
        return failure("invalid 'not-a-number' argument: ‘\(text)’")
      }
      operands.append(operand)
    }
    let (start, step, end) = (operands[0], operands[1], operands[2])
    if step.value == 0 { return failure("invalid Zero increment value: ‘\(increment ?? "1")’") }
    let pattern: String
    if let format {
      switch validate(format) {
      case .success(let valid): pattern = valid
      case .failure(let message): return failure(message, usage: false)
      }
    } else {
      pattern = defaultFormat(start, step, end, equalWidth: equalWidth)
    }
    let separator = Array((separator ?? "\n").utf8)
    var output: [UInt8] = []
    func outOfRange(_ x: Double) -> Bool { step.value < 0 ? x < end.value : end.value < x }
    guard !outOfRange(start.value) else { return FilterResult(output: []) }
    var previous = printf(pattern, start.value)
    output += Array(previous.utf8)
    var index = 1.0
    while true {
      let x = start.value + index * step.value
      if outOfRange(x) {
        // GNU seq prints a value just past LAST that prints as LAST (rounding).
        let text = printf(pattern, x)
        if text == printf(pattern, end.value), text != previous {
          output += separator + Array(text.utf8)
        }
        break
      }
      previous = printf(pattern, x)
      output += separator + Array(previous.utf8)
      index += 1
    }
    output.append(UInt8(ascii: "\n"))
    return FilterResult(output: output)
  }

  /// GNU seq's `scan_arg`: the value (strtold), and the width and precision it was written with.
  static func scan(_ text: String) -> Operand? {
    let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    guard !trimmed.isEmpty,
      let value = trimmed.withCString({ pointer -> Double? in
        var end: UnsafeMutablePointer<CChar>?
        let value = strtod(pointer, &end)
        guard let end, end != UnsafeMutablePointer(mutating: pointer), end.pointee == 0 else {
          return nil
        }
        return value
      })
    else { return nil }
    var operand = Operand(value: value, width: trimmed.utf8.count, precision: nil)
    guard !trimmed.contains(where: { $0 == "x" || $0 == "X" }), value.isFinite else {
      return operand
    }
    let chars = Array(trimmed)
    let point = chars.firstIndex(of: ".")
    let exponentIndex = chars.firstIndex { $0 == "e" || $0 == "E" }
    var precision = 0
    var fractionLength = 0
    if let point {
      fractionLength = chars[(point + 1)..<(exponentIndex ?? chars.count)].count
      precision = fractionLength
      if fractionLength == 0 {
        operand.width -= 1
      } else if point == 0 || !chars[point - 1].isNumber {
        operand.width += 1
      }
    }
    if let exponentIndex {
      var exponent = Int(String(chars[(exponentIndex + 1)...])) ?? 0
      precision += exponent < 0 ? -exponent : -min(precision, exponent)
      operand.width -= chars.count - exponentIndex
      if exponent < 0 {
        if let point {
          if exponentIndex == point + 1 { operand.width += 1 }
        } else {
          operand.width += 1
        }
        exponent = -exponent
      } else {
        if point != nil, precision == 0, fractionLength > 0 { operand.width -= 1 }
        exponent -= min(fractionLength, exponent)
      }
      operand.width += exponent
    }
    operand.precision = precision
    return operand
  }

  /// GNU seq's `get_default_format`.
  static func defaultFormat(_ first: Operand, _ step: Operand, _ last: Operand, equalWidth: Bool)
    -> String
  {
    guard let firstPrecision = first.precision, let stepPrecision = step.precision,
      let lastPrecision = last.precision
    else { return "%g" }
    let precision = max(firstPrecision, stepPrecision)
    guard equalWidth else { return "%.\(precision)f" }
    var firstWidth = first.width + (precision - firstPrecision)
    var lastWidth = last.width + (precision - lastPrecision)
    if lastPrecision > 0, precision == 0 { lastWidth -= 1 }
    if lastPrecision == 0, precision > 0 { lastWidth += 1 }
    if firstPrecision == 0, precision > 0 { firstWidth += 1 }
    return "%0\(max(firstWidth, lastWidth)).\(precision)f"
  }

  enum FormatCheck {
    case success(String)
    case failure(String)
  }

  /// GNU seq's `validate_format`: exactly one floating-point directive (`%%` aside).
  static func validate(_ format: String) -> FormatCheck {
    let chars = Array(format)
    var directives = 0
    var index = 0
    while index < chars.count {
      guard chars[index] == "%" else {
        index += 1
        continue
      }
      if index + 1 < chars.count, chars[index + 1] == "%" {
        index += 2
        continue
      }
      var end = index + 1
      while end < chars.count, "-+ #0'".contains(chars[end]) { end += 1 }
      while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
      if end < chars.count, chars[end] == "." {
        end += 1
        while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
      }
      guard end < chars.count, "aAeEfFgG".contains(chars[end]) else {
        let directive = end < chars.count ? String(chars[index...end]) : String(chars[index...])
        if end >= chars.count {
          return .failure("format ‘\(format)’ ends in %")
        }
        return .failure("format ‘\(format)’ has unknown \(directive) directive")
      }
      directives += 1
      if directives > 1 { return .failure("format ‘\(format)’ has too many % directives") }
      index = end + 1
    }
    guard directives == 1 else { return .failure("format ‘\(format)’ has no % directive") }
    return .success(format)
  }

  static func printf(_ format: String, _ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
    guard count >= 0 else { return "" }
    if Int(count) >= buffer.count {
      buffer = [CChar](repeating: 0, count: Int(count) + 1)
      _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
    }
    return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
