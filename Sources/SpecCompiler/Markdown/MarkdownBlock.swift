/// A block of a markdown document with the 1-based line and column where it starts: the first
/// `#` of a heading, the first fence character, the first character of a paragraph, the marker
/// of a list's first item, the `>` of a block quote.
public struct MarkdownBlock: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case heading(MarkdownHeading)
    case paragraph(MarkdownParagraph)
    case fencedCode(MarkdownFencedCode)
    case list(MarkdownList)
    /// The blocks inside `>` markers.
    case blockQuote([MarkdownBlock])
    case thematicBreak
  }

  public var kind: Kind
  public var line: Int
  public var column: Int

  public init(_ kind: Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }

  public var heading: MarkdownHeading? {
    if case .heading(let heading) = kind { return heading }
    return nil
  }

  public var paragraph: MarkdownParagraph? {
    if case .paragraph(let paragraph) = kind { return paragraph }
    return nil
  }

  public var fencedCode: MarkdownFencedCode? {
    if case .fencedCode(let code) = kind { return code }
    return nil
  }

  public var list: MarkdownList? {
    if case .list(let list) = kind { return list }
    return nil
  }

  /// The lines of prose in this block and the blocks nested in it, in source order. Code,
  /// headings and thematic breaks have none.
  public var textLines: [MarkdownTextLine] {
    switch kind {
    case .paragraph(let paragraph):
      return paragraph.lines
    case .list(let list):
      return list.items.flatMap(\.textLines)
    case .blockQuote(let blocks):
      return blocks.flatMap(\.textLines)
    case .heading, .fencedCode, .thematicBreak:
      return []
    }
  }
}
