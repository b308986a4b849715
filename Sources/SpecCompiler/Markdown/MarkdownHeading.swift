/// An ATX (`## Title ##`) or setext (`Title` over `===`) heading.
public struct MarkdownHeading: Sendable, Equatable {
  /// 1 to 6.
  public var level: Int
  /// The text with inline markup kept as written, without the `#` markers and the closing
  /// sequence. Lines of a multi-line setext heading are joined with `\n`.
  public var text: String
  /// Where `text` starts (for an empty heading: just after the opening `#`s).
  public var textLine: Int
  public var textColumn: Int
  /// True for a setext heading (text underlined with `===` or `---`).
  public var isSetext: Bool

  public init(level: Int, text: String, textLine: Int, textColumn: Int, isSetext: Bool = false) {
    self.level = level
    self.text = text
    self.textLine = textLine
    self.textColumn = textColumn
    self.isSetext = isSetext
  }
}
