/// One line of prose with the position of its first character. The text has leading and
/// trailing whitespace removed and inline markup kept as written.
public struct MarkdownTextLine: Sendable, Equatable {
  public var text: String
  public var line: Int
  public var column: Int

  public init(_ text: String, line: Int, column: Int) {
    self.text = text
    self.line = line
    self.column = column
  }
}
