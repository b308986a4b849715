/// A parsed markdown document: its top-level blocks in source order.
public struct MarkdownDocument: Sendable, Equatable {
  public var blocks: [MarkdownBlock]

  public init(blocks: [MarkdownBlock]) {
    self.blocks = blocks
  }
}
