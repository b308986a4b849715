/// A setup section (`## Common environment`) and its shell blocks in order.
public struct SetupOutline: Sendable, Equatable {
  /// The heading text as written.
  public var title: String
  public var headingLine: Int
  public var blocks: [CodeBlock]

  public init(title: String, headingLine: Int, blocks: [CodeBlock]) {
    self.title = title
    self.headingLine = headingLine
    self.blocks = blocks
  }
}
