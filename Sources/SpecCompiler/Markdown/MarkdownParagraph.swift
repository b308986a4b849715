/// Consecutive lines of prose (HTML blocks, link definitions and indented code are kept as
/// paragraphs too).
public struct MarkdownParagraph: Sendable, Equatable {
  public var lines: [MarkdownTextLine]

  public init(lines: [MarkdownTextLine]) {
    self.lines = lines
  }

  /// The lines joined with `\n`.
  public var text: String { lines.map(\.text).joined(separator: "\n") }
}
