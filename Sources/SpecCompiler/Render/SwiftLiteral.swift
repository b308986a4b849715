/// Swift source text for values that come from a document: string literals, raw multi-line
/// literals and comment text. Nothing a document says can end a literal or a comment early,
/// interpolate, or hide code behind invisible characters.
enum SwiftLiteral {
  /// A one-line `"…"` literal: quotes, backslashes, control, line-separator and bidirectional
  /// formatting characters are escaped; other characters (letters, emoji) stay as they are.
  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars { appendEscaped(scalar, to: &out) }
    return out + "\""
  }

  /// `scalar` as it stands inside a `"…"` or `"""…"""` literal.
  private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case "\0": out += "\\0"
    default:
      if needsEscape(scalar) {
        out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }

  /// A raw multi-line literal (`#"""` … `"""#`) whose value is `text`, exactly (a final newline
  /// is kept: the literal then ends with an empty line).
  /// It uses one more `#` than the longest run of `#` in `text`, so neither `"""#…` nor `\#…(`
  /// in the text can close the literal or interpolate. Lines are indented by `indent` spaces
  /// (stripped again by Swift: the closing delimiter sits at that indentation); empty lines stay
  /// empty. `text` must pass `isEmbeddable`.
  static func rawMultiline(_ text: String, indent: Int) -> String {
    let hashes = String(repeating: "#", count: longestRun(of: "#", in: text) + 1)
    let padding = String(repeating: " ", count: indent)
    let scalars = Array(text.unicodeScalars)
    var lines = [hashes + "\"\"\""]
    for line in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
      var string = ""
      string.unicodeScalars.append(contentsOf: line)
      lines.append(line.isEmpty ? "" : padding + string)
    }
    lines.append(padding + "\"\"\"" + hashes)
    return lines.joined(separator: "\n")
  }

  /// A multi-line literal (`"""` … `"""`) whose value is `text`, exactly, for text that is not
  /// `isEmbeddable`: backslashes and quotes are escaped (so nothing closes the literal or
  /// interpolates), carriage returns and the characters `needsEscape` names are written as
  /// `\r` and `\u{…}`. Linear in the text, unlike re-encoding the value it came from.
  static func escapedMultiline(_ text: String, indent: Int) -> String {
    let padding = String(repeating: " ", count: indent)
    let scalars = Array(text.unicodeScalars)
    var lines = ["\"\"\""]
    for line in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
      var string = ""
      for scalar in line { appendEscaped(scalar, to: &string) }
      lines.append(line.isEmpty ? "" : padding + string)
    }
    lines.append(padding + "\"\"\"")
    return lines.joined(separator: "\n")
  }

  /// Whether `text` can sit in a multi-line literal and read back the same: no carriage returns,
  /// no other control characters than tab and newline, no Unicode line or paragraph separators,
  /// no bidirectional formatting characters.
  static func isEmbeddable(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || !needsEscape($0) }
  }

  /// `text` made safe for a `//` comment: one line, with characters a literal would escape
  /// written as `\u{…}` (so a path or title cannot start a new line of code).
  static func comment(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\t" {
        out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Control characters, line and paragraph separators, next-line, byte-order marks and the
  /// bidirectional formatting characters (the "trojan source" set).
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
      return true
    default:
      break
    }
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
    default: return false
    }
  }

  /// Counted in Unicode scalars, as the Swift lexer reads them.
  static func longestRun(of character: Unicode.Scalar, in text: String) -> Int {
    var longest = 0
    var current = 0
    for scalar in text.unicodeScalars {
      current = scalar == character ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}
