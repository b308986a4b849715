import GlibcRegex
import SpecModel

/// `nl [-b STYLE] [-n FORMAT] [-w N] [-s STR] [-v N] [-i N] [FILE…]` as GNU nl 9.1: body lines
/// numbered (`-b t`, the default: non-empty ones; `a`: all; `n`: none; `pBRE`: those matching),
/// the number formatted in N columns (`rn` right, `ln` left, `rz` zeros) then the separator (a
/// tab); an unnumbered line gets as many spaces. The section delimiter lines `\:\:\:`, `\:\:`,
/// `\:` are written as empty lines and restart the numbering.
enum NumberLinesFilter {
  private enum Style {
    case all, nonEmpty, none
    case matching(GlibcRegex)
  }

  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    let style: Style
    switch arguments.value("b") ?? "t" {
    case "a": style = .all
    case "t": style = .nonEmpty
    case "n": style = .none
    case let text where text.hasPrefix("p"):
      // GNU nl: RE_SYNTAX_POSIX_BASIC without RE_CONTEXT_INVALID_DUP and RE_NO_EMPTY_RANGES.
      do {
        style = .matching(
          try GlibcRegex(Array(text.utf8.dropFirst()), syntax: .init(rawValue: 0x2C6)))
      } catch {
        return TextUtilityFilter.failure("nl", error.message)
      }
    case let text:
      return TextUtilityFilter.usage("nl", "invalid body numbering style: \(arguments.quote(text))")
    }
    let format = arguments.value("n") ?? "rn"
    guard ["ln", "rn", "rz"].contains(format) else {
      return TextUtilityFilter.usage(
        "nl", "invalid line numbering format: \(arguments.quote(format))")
    }
    var width = 6
    if let text = arguments.value("w") {
      guard let number = TextUtilityFilter.decimal(text) else {
        return TextUtilityFilter.failure(
          "nl", "invalid line number field width: \(arguments.quote(text))")
      }
      guard number >= 1, number <= Int32.max else {
        return TextUtilityFilter.failure(
          "nl",
          "invalid line number field width: \(arguments.quote(text)): Numerical result out of range"
        )
      }
      width = Int(number)
    }
    guard let start = signed(arguments.value("v") ?? "1") else {
      return TextUtilityFilter.failure(
        "nl", "invalid starting line number: \(arguments.quote(arguments.value("v") ?? ""))")
    }
    guard let increment = signed(arguments.value("i") ?? "1") else {
      return TextUtilityFilter.failure(
        "nl", "invalid line number increment: \(arguments.quote(arguments.value("i") ?? ""))")
    }
    let separator = Array((arguments.value("s") ?? "\t").utf8)
    let blank =
      [UInt8](repeating: 32, count: width) + [UInt8](repeating: 32, count: separator.count)

    var files = arguments.files
    var output: [UInt8] = []
    var errors = ""
    var number = start
    var inBody = true
    for name in arguments.operands.isEmpty ? ["-"] : arguments.operands {
      let bytes: [UInt8]
      switch files.read(name) {
      case .success(let read): bytes = read
      case .failure(let error):
        errors += "nl: \(Quoting.ifNeeded(name)): \(error.message)\n"
        continue
      }
      for line in TextUtilityFilter.lines(bytes) {
        if let section = section(line) {
          inBody = section == 2
          number = start
          output.append(10)
          continue
        }
        let numbered: Bool
        switch style {
        case _ where !inBody: numbered = false
        case .all: numbered = true
        case .nonEmpty: numbered = !line.isEmpty
        case .none: numbered = false
        case .matching(let regex): numbered = regex.matches(Array(line))
        }
        if numbered {
          output += formatted(number, format: format, width: width) + separator
          number += increment
        } else {
          output += blank
        }
        output += line
        output.append(10)
      }
    }
    return FilterResult(output: output, status: errors.isEmpty ? 0 : 1, stderr: Array(errors.utf8))
  }

  /// 1, 2 or 3 for the footer, body and header delimiter lines (`\:`, `\:\:`, `\:\:\:`).
  private static func section(_ line: ArraySlice<UInt8>) -> Int? {
    let pair = Array("\\:".utf8)
    guard !line.isEmpty, line.count % 2 == 0, line.count <= 6 else { return nil }
    let count = line.count / 2
    guard Array(line) == Array([[UInt8]](repeating: pair, count: count).joined()) else {
      return nil
    }
    return count == 1 ? 1 : (count == 2 ? 2 : 3)
  }

  private static func signed(_ text: String) -> Int? {
    if text.hasPrefix("-"), let magnitude = TextUtilityFilter.decimal(String(text.dropFirst())) {
      return magnitude <= UInt64(Int.max) ? -Int(magnitude) : nil
    }
    return TextUtilityFilter.decimal(text).flatMap { $0 <= UInt64(Int.max) ? Int($0) : nil }
  }

  private static func formatted(_ number: Int, format: String, width: Int) -> [UInt8] {
    let digits = String(number.magnitude)
    let sign = number < 0 ? "-" : ""
    let padding = max(0, width - digits.count - sign.count)
    let text: String
    switch format {
    case "ln": text = sign + digits + String(repeating: " ", count: padding)
    case "rz": text = sign + String(repeating: "0", count: padding) + digits
    default: text = String(repeating: " ", count: padding) + sign + digits
    }
    return Array(text.utf8)
  }
}
