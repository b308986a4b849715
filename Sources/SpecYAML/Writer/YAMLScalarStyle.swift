import Yams

/// How libyaml (through Yams, `allowUnicode`, unlimited width, literal style for strings with a
/// newline) writes a string scalar in block context: the part of `yaml_emitter_analyze_scalar`
/// and `yaml_emitter_select_scalar_style` our documents reach. Anything else is `nil`, and the
/// caller leaves the whole file to Yams.
enum YAMLScalarStyle: Equatable {
  case plain
  case singleQuoted
  /// Escapes `\n`, `"` and `\\` only: the other characters it would escape are left to Yams.
  case doubleQuoted
  /// `|`, with libyaml's indentation and chomping hints (`|2-`, `|-`, `|+`).
  case literal(hints: String)

  /// A `String` value (a mapping value or sequence item).
  static func of(string text: String) -> YAMLScalarStyle? {
    guard let analysis = Analysis(text) else { return nil }
    if analysis.lineBreaks {
      // Yams asks for a literal when `contains("\n")`, which compares Characters: a line break
      // followed by a combining mark is not "\n" to it, and libyaml then picks the style. That
      // choice is left to Yams.
      guard text.contains("\n") else { return nil }
      // Yams asks for a literal; libyaml falls back to double quotes where it may not.
      guard analysis.blockAllowed else { return .doubleQuoted }
      return .literal(hints: analysis.literalHints)
    }
    // Yams single-quotes strings that would read back as another type (`'true'`, `'1'`, `''`).
    if mayResolveToAnotherType(text), Resolver.default.resolveTag(of: Node(text)) != .str {
      return .singleQuoted
    }
    return analysis.blockPlainAllowed ? .plain : .singleQuoted
  }

  /// A mapping key: plain, or nil.
  static func isPlainKey(_ text: String) -> Bool {
    guard text.utf8.count <= 128, let analysis = Analysis(text) else { return false }
    return !analysis.lineBreaks && analysis.blockPlainAllowed && !text.isEmpty
  }

  /// A cheap filter before Yams' regular expressions: the default resolver's patterns (bool,
  /// int, float, merge, null, timestamp, value) match only strings made of these characters or
  /// one of these words.
  private static func mayResolveToAnotherType(_ text: String) -> Bool {
    if text.isEmpty { return true }
    switch text {
    case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
      "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "<<", "=":
      return true
    default:
      break
    }
    return text.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
        UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "_"), UInt8(ascii: "-"),
        UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: " "),
        UInt8(ascii: "\t"), UInt8(ascii: "x"), UInt8(ascii: "o"), UInt8(ascii: "i"),
        UInt8(ascii: "n"), UInt8(ascii: "I"), UInt8(ascii: "N"), UInt8(ascii: "t"),
        UInt8(ascii: "T"), UInt8(ascii: "Z"):
        return true
      default:
        return false
      }
    }
  }

  /// `yaml_emitter_analyze_scalar` for strings of printable characters and `\n`; nil for any
  /// other character (tabs, `\r`, other line breaks, controls, byte order marks).
  private struct Analysis {
    var lineBreaks = false
    var blockIndicators = false
    var leadingSpace = false
    var leadingBreak = false
    var trailingSpace = false
    var trailingBreak = false
    var breakSpace = false
    var spaceBreak = false
    /// The last two scalars, for the chomping hint.
    var last: Unicode.Scalar?
    var beforeLast: Unicode.Scalar?
    var first: Unicode.Scalar?

    init?(_ text: String) {
      let scalars = Array(text.unicodeScalars)
      guard !scalars.isEmpty else { return }
      first = scalars[0]
      last = scalars[scalars.count - 1]
      beforeLast = scalars.count > 1 ? scalars[scalars.count - 2] : nil
      if scalars.count >= 3,
        (scalars[0] == "-" && scalars[1] == "-" && scalars[2] == "-")
          || (scalars[0] == "." && scalars[1] == "." && scalars[2] == ".")
      {
        blockIndicators = true
      }
      var precededByWhitespace = true
      var previousSpace = false
      var previousBreak = false
      for index in scalars.indices {
        let scalar = scalars[index]
        guard Self.isPrintable(scalar) else { return nil }
        let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
        let followedByWhitespace = next == nil || next == " " || next == "\n"
        if index == 0 {
          switch scalar {
          case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            blockIndicators = true
          case "?", ":", "-":
            if followedByWhitespace { blockIndicators = true }
          default:
            break
          }
        } else {
          if scalar == ":" && followedByWhitespace { blockIndicators = true }
          if scalar == "#" && precededByWhitespace { blockIndicators = true }
        }
        let isLast = index == scalars.count - 1
        if scalar == " " {
          if index == 0 { leadingSpace = true }
          if isLast { trailingSpace = true }
          if previousBreak { breakSpace = true }
          previousSpace = true
          previousBreak = false
        } else if scalar == "\n" {
          lineBreaks = true
          if index == 0 { leadingBreak = true }
          if isLast { trailingBreak = true }
          if previousSpace { spaceBreak = true }
          previousBreak = true
          previousSpace = false
        } else {
          previousSpace = false
          previousBreak = false
        }
        precededByWhitespace = scalar == " " || scalar == "\n"
      }
    }

    /// Printable for libyaml, minus its line breaks other than `\n` and the byte order mark.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      // libyaml's IS_PRINTABLE stops at U+FFFD: an emoji is written double-quoted.
      case 0x0A, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD:
        return true
      default:
        return false
      }
    }

    var blockPlainAllowed: Bool {
      !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak
        || lineBreaks || blockIndicators)
    }

    var blockAllowed: Bool { !trailingSpace && !spaceBreak }

    /// `yaml_emitter_write_block_scalar_hints`.
    var literalHints: String {
      var hints = ""
      if first == " " || first == "\n" { hints += "2" }
      if last != "\n" {
        hints += "-"
      } else if beforeLast == nil || beforeLast == "\n" {
        hints += "+"
      }
      return hints
    }
  }
}
