import Shell
import SpecModel

extension LoweringContext {
  /// The right side of `[[ … =~ REGEX ]]` as the runtime passes it to `regcomp`: quoted text and
  /// backslash-escaped characters match themselves (their regex characters escaped), unquoted
  /// text and expansions are the expression. (A quoted expansion, `"$x"`, is still read as an
  /// expression.) Nil after an error.
  mutating func regexTemplate(_ word: BashWord) -> Template? {
    var parts: [TemplatePart] = []
    for part in word.parts {
      switch part {
      case .literal(let raw):
        parts.append(.literal(Self.regexLiteral(raw, escapedOnly: true)))
      case .singleQuoted(let raw, false):
        parts.append(.literal(Self.regexLiteral(raw, escapedOnly: false)))
      case .doubleQuoted(let inner):
        for piece in inner {
          if case .literal(let raw) = piece {
            let text = BashQuoteRemoval.doubleQuoted(raw)
            parts.append(.literal(Self.regexLiteral(text, escapedOnly: false)))
          } else {
            guard let lowered = template(BashWord(position: word.position, parts: [piece])) else {
              return nil
            }
            parts += lowered.parts
          }
        }
      default:
        guard let lowered = template(BashWord(position: word.position, parts: [part])) else {
          return nil
        }
        parts += lowered.parts
      }
    }
    return Template(parts).normalized
  }

  /// `text` with the characters of an extended regular expression escaped: all of them, or
  /// (`escapedOnly`, unquoted text) only those written with a backslash, the others kept.
  static func regexLiteral(_ text: String, escapedOnly: Bool) -> String {
    let special: Set<Character> = [
      "\\", ".", "[", "]", "(", ")", "*", "+", "?", "{", "}", "|", "^", "$",
    ]
    var out = ""
    var chars = text[...]
    while let c = chars.popFirst() {
      if escapedOnly {
        guard c == "\\", let next = chars.popFirst() else {
          out.append(c)
          continue
        }
        out += special.contains(next) ? "\\\(next)" : String(next)
      } else {
        out += special.contains(c) ? "\\\(c)" : String(c)
      }
    }
    return out
  }
}
