import Shell
import SpecModel

/// Bash words that are patterns (`[[ X == P ]]`, `case` arms, `${V#P}`, `${V/P/R}`) → templates
/// whose literal text is pattern syntax as bash hands it to its matcher: an unquoted `*`, `?`
/// or `[…]` matches, a backslash escapes the next character, and quoted text matches itself
/// (`*"?"*` is any text holding a `?`: its `?` is written `\?`). The value of an expansion
/// written unquoted is pattern syntax too (`.patternValue`); a quoted one matches literally.
extension LoweringContext {
  mutating func patternTemplate(_ word: BashWord) -> Template? {
    var parts: [TemplatePart] = []
    for part in word.parts {
      switch part {
      case .literal(let raw):
        parts.append(.literal(Self.unquotedPatternText(raw)))
      case .singleQuoted, .doubleQuoted:
        // Quoted text: the template of the quoted part alone, its literal text escaped.
        guard let quoted = template(BashWord(position: word.position, parts: [part])) else {
          return nil
        }
        for piece in quoted.parts {
          if case .literal(let text) = piece {
            parts.append(.literal(Self.escapedPatternText(text)))
          } else {
            parts.append(piece)
          }
        }
      default:
        guard let lowered = template(BashWord(position: word.position, parts: [part])) else {
          return nil
        }
        parts += lowered.parts.map { piece in
          switch piece {
          case .variable, .expansion: .patternValue(piece)
          default: piece
          }
        }
      }
    }
    return Template(parts).normalized
  }

  /// Whether the word holds an expansion outside quotes: its value is a pattern
  /// (`[[ $x == $p ]]`).
  static func hasUnquotedExpansion(_ word: BashWord) -> Bool {
    word.parts.contains {
      if case .parameter = $0 { return true } else { return false }
    }
  }

  /// A pattern word that may be absent (`${V#}`).
  mutating func optionalPatternTemplate(_ word: BashWord?) -> Template? {
    guard let word else { return Template([]) }
    return patternTemplate(word)
  }

  /// Unquoted pattern text keeps its backslash escapes for the matcher; only a backslash before
  /// a newline (a line continuation) goes.
  static func unquotedPatternText(_ raw: String) -> String {
    raw.replacingOccurrences(of: "\\\n", with: "")
  }

  /// Text that matches itself: each character the matcher treats specially is escaped.
  static func escapedPatternText(_ text: String) -> String {
    var out = ""
    for c in text {
      if "*?[]\\".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }
}
