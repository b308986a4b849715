/// A fenced code block (```` ``` ```` or `~~~`).
public struct MarkdownFencedCode: Sendable, Equatable {
  /// The opening fence as written, e.g. ```` ``` ```` or `~~~~`.
  public var fence: String
  /// The info string after the opening fence, trimmed.
  public var info: String
  /// The first word of `info` (`bash`, `sh`, `console`, …), empty when there is none.
  public var language: String
  /// The content lines, each followed by `\n`; the fence's indentation (up to that many columns)
  /// is removed from each line, as CommonMark does. Empty when the block has no line.
  public var code: String
  /// The line of the first content line (the line after the fence when there is none).
  public var firstLine: Int
  /// The column at which content lines start: the column of the opening fence's first
  /// character. Line `l`, column `c` of `code` (1-based) is at markdown line
  /// `firstLine + l - 1`, column `column + c - 1` for lines indented like the fence.
  public var column: Int
  /// False when no closing fence was found: the block then runs to the end of its container.
  public var isClosed: Bool

  public init(
    fence: String, info: String, language: String, code: String, firstLine: Int, column: Int,
    isClosed: Bool = true
  ) {
    self.fence = fence
    self.info = info
    self.language = language
    self.code = code
    self.firstLine = firstLine
    self.column = column
    self.isClosed = isClosed
  }
}
