/// A command substitution inside arithmetic text (`$(( $(wc -l < f) * 2 ))`): bash runs it and
/// puts its output into the text before it evaluates the expression.
public struct BashArithmeticSubstitution: Equatable, Sendable {
  /// The UTF-8 offsets the substitution spans in the text.
  public var range: Range<Int>
  public var statements: [BashStatement]
  public var position: BashPosition
}

extension BashParser {
  /// The command substitutions (`$(…)`, `` `…` ``) in arithmetic text (kept as text by the
  /// parser), in order, at any depth of `$((…))`; their positions count from `origin`, where
  /// the text starts.
  public static func arithmeticSubstitutions(in text: String, at origin: BashPosition)
    -> Result<[BashArithmeticSubstitution], BashSyntaxError>
  {
    let bytes = Array(text.utf8)
    var parser = BashSyntaxParser(bytes: bytes, nesting: 1)
    parser.line = origin.line
    parser.column = origin.column
    var found: [BashArithmeticSubstitution] = []
    do {
      while let byte = parser.raw() {
        let start = parser.offset
        var part: BashWordPart?
        if byte == BashByte.dollar, parser.raw(1) == BashByte.openParen,
          parser.raw(2) != BashByte.openParen
        {
          part = try parser.parseDollar()
        } else if byte == BashByte.backquote {
          part = try parser.parseBackquote(inDoubleQuotes: false)
        }
        guard case .commandSubstitution(let statements, let position)? = part else {
          parser.advance()
          continue
        }
        found.append(
          BashArithmeticSubstitution(
            range: start..<parser.offset, statements: statements, position: position))
      }
    } catch {
      return .failure(error)
    }
    return .success(found)
  }
}
