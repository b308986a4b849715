@testable import SpecCompiler

/// Parses `source` as `doc.md`, returning the document and the diagnostics.
func parseMarkdown(_ source: String) -> (MarkdownDocument, [Diagnostic]) {
  var diagnostics = Diagnostics()
  let document = MarkdownParser.parse(source, file: "doc.md", diagnostics: &diagnostics)
  return (document, diagnostics.all)
}

/// A paragraph block made of `(text, line, column)` lines.
func paragraphBlock(_ lines: (String, Int, Int)...) -> MarkdownBlock {
  let textLines = lines.map { MarkdownTextLine($0.0, line: $0.1, column: $0.2) }
  return MarkdownBlock(
    .paragraph(MarkdownParagraph(lines: textLines)), line: lines[0].1, column: lines[0].2)
}

func headingBlock(
  _ level: Int, _ text: String, line: Int, column: Int, textColumn: Int, isSetext: Bool = false
) -> MarkdownBlock {
  MarkdownBlock(
    .heading(
      MarkdownHeading(
        level: level, text: text, textLine: line, textColumn: textColumn, isSetext: isSetext)),
    line: line, column: column)
}

func listItem(_ lines: (String, Int, Int)..., line: Int, column: Int) -> MarkdownListItem {
  let textLines = lines.map { MarkdownTextLine($0.0, line: $0.1, column: $0.2) }
  return MarkdownListItem(
    blocks: [
      MarkdownBlock(
        .paragraph(MarkdownParagraph(lines: textLines)), line: lines[0].1, column: lines[0].2)
    ], line: line, column: column)
}
