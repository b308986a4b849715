import Shell
import SpecModel

/// `set -x` on `[[ … ]]`: bash prints each test as it evaluates it, `+ [[ -n p q ]]`, with its
/// operands expanded and unquoted, and the right side of `==`/`!=` (and `=~`) as the pattern
/// it matches: a quoted character escaped with a backslash (for `=~` only one special in a
/// regular expression). The terms are in the order `condition(_:at:)` creates the tests.
extension LoweringContext {
  mutating func testTrace(_ expression: BashTestExpression, at position: BashPosition)
    -> [[Template]]?
  {
    var terms: [[Template]] = []
    guard collectTerms(expression, inverted: false, into: &terms, at: position) else { return nil }
    return terms
  }

  private mutating func collectTerms(
    _ expression: BashTestExpression, inverted: Bool, into terms: inout [[Template]],
    at position: BashPosition
  ) -> Bool {
    let bang = inverted ? [Template(literal: "!")] : []
    switch expression {
    case .paren(let inner):
      return collectTerms(inner, inverted: false, into: &terms, at: position)
    case .andOr(let first, let links):
      guard collectTerms(first, inverted: false, into: &terms, at: position) else { return false }
      for link in links {
        guard collectTerms(link.operand, inverted: false, into: &terms, at: position) else {
          return false
        }
      }
      return true
    case .unary("!", let operand):
      // `!` on a test prints with it; on a group, its tests print without.
      if case .paren = operand {
        return collectTerms(operand, inverted: false, into: &terms, at: position)
      }
      if case .andOr = operand {
        return collectTerms(operand, inverted: false, into: &terms, at: position)
      }
      return collectTerms(operand, inverted: true, into: &terms, at: position)
    case .word(let word):
      guard let operand = template(word) else { return false }
      terms.append(bang + [Template(literal: "-n"), operand])
      return true
    case .unary(let op, let operand):
      guard case .word(let word) = operand, let value = template(word) else { return false }
      terms.append(bang + [Template(literal: op), value])
      return true
    case .binary(let op, let left, let right):
      guard case .word(let leftWord) = left, case .word(let rightWord) = right,
        let l = template(leftWord)
      else { return false }
      let r: Template?
      switch op {
      case "==", "=", "!=": r = patternTrace(rightWord, escaping: { _ in true })
      case "=~": r = patternTrace(rightWord, escaping: { "\\.[]()*+?{}|^$".contains($0) })
      default: r = template(rightWord)
      }
      guard let r else { return false }
      terms.append(bang + [l, Template(literal: op), r])
      return true
    }
  }

  /// The right side of a pattern match as bash traces it: unquoted text and expansions as
  /// they are, each quoted character for which `escaping` holds after a backslash. A quoted
  /// expansion (`"$x"`) is an error: its characters would be escaped at run time.
  private mutating func patternTrace(_ word: BashWord, escaping: (Character) -> Bool) -> Template? {
    var parts: [TemplatePart] = []
    func quoted(_ text: String) {
      var out = ""
      for c in text { out += escaping(c) ? "\\\(c)" : String(c) }
      parts.append(.literal(out))
    }
    for part in word.parts {
      switch part {
      case .literal(let raw):
        // A backslash quotes the next character.
        var out = ""
        var chars = raw.makeIterator()
        while let c = chars.next() {
          guard c == "\\", let next = chars.next() else {
            out.append(c)
            continue
          }
          if next == "\n" { continue }
          out += escaping(next) ? "\\\(next)" : String(next)
        }
        parts.append(.literal(out))
      case .singleQuoted(let text, let dollar):
        guard let value = dollar ? BashQuoteRemoval.dollarQuoted(text) : text else {
          error(LoweringDiagnostic.untraceablePattern, at: word.position)
          return nil
        }
        quoted(value)
      case .doubleQuoted(let inner):
        for piece in inner {
          guard case .literal(let raw) = piece else {
            error(
              LoweringDiagnostic.untraceableConstruct("a quoted expansion in a pattern"),
              at: word.position)
            return nil
          }
          quoted(BashQuoteRemoval.doubleQuoted(raw))
        }
      default:
        guard let value = template(BashWord(position: word.position, parts: [part])) else {
          return nil
        }
        parts += value.parts
      }
    }
    return Template(parts)
  }
}
