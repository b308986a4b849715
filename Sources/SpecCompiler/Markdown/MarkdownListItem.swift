/// One item of a list: the blocks of its content (continuation lines are part of them), and the
/// position of its marker.
public struct MarkdownListItem: Sendable, Equatable {
  public var blocks: [MarkdownBlock]
  public var line: Int
  public var column: Int

  public init(blocks: [MarkdownBlock], line: Int, column: Int) {
    self.blocks = blocks
    self.line = line
    self.column = column
  }

  /// The prose lines of the item, nested blocks included.
  public var textLines: [MarkdownTextLine] { blocks.flatMap(\.textLines) }

  /// The prose of the item on one line: its lines joined with a space.
  public var text: String { textLines.map(\.text).joined(separator: " ") }
}
