/// A block-level markdown parser covering what spec documents use: ATX and setext headings,
/// fenced code blocks, paragraphs, bullet and ordered lists (with continuation and lazy lines),
/// block quotes and thematic breaks, following CommonMark's rules for them. HTML blocks and
/// indented code are read as paragraph text. Inline markup is kept as written.
///
/// Line endings may be `\n`, `\r\n` or a lone `\r`; a leading UTF-8 BOM is skipped. Positions
/// are 1-based; columns count UTF-8 bytes of the physical line (tabs count as one column, as
/// swiftc and swift-format print them), while indentation rules expand tabs to stops of 4.
public enum MarkdownParser {
  /// Parses `source`. Problems (an unterminated code fence) are added to `diagnostics` with
  /// `file` as their path.
  public static func parse(
    _ source: String, file: String, diagnostics: inout Diagnostics
  ) -> MarkdownDocument {
    let bytes = Array(source.utf8)
    var parser = BlockParser(bytes: bytes, file: file)
    let blocks = parser.parse(LineReader.splitLines(bytes))
    diagnostics.append(contentsOf: parser.diagnostics.all)
    return MarkdownDocument(blocks: blocks)
  }
}
