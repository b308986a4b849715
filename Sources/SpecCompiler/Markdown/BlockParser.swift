/// The block-structure pass: turns lines into blocks, recursing into list items and block
/// quotes with their prefixes removed. Each line is looked at a bounded number of times per
/// nesting level, so the pass is linear in the document size.
struct BlockParser {
  /// Deeper containers are read as paragraph text, to bound the recursion.
  static let maximumNesting = 32

  let reader: LineReader
  let file: String
  var diagnostics: Diagnostics

  init(bytes: [UInt8], file: String) {
    self.reader = LineReader(bytes: bytes)
    self.file = file
    self.diagnostics = Diagnostics()
  }

  mutating func parse(_ lines: [SourceLine], depth: Int = 0) -> [MarkdownBlock] {
    var blocks: [MarkdownBlock] = []
    var paragraph: [SourceLine] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if reader.isBlank(line) {
        flush(&paragraph, into: &blocks)
        index += 1
        continue
      }
      guard let start = reader.blockStart(line) else {
        // Indented 4 columns or more: continues a paragraph; indented code is kept as text.
        paragraph.append(line)
        index += 1
        continue
      }
      let column = start - line.lineStart + 1
      if !paragraph.isEmpty, let level = reader.setextLevel(line) {
        blocks.append(setextHeading(paragraph, level: level))
        paragraph = []
        index += 1
      } else if reader.isThematicBreak(line) {
        flush(&paragraph, into: &blocks)
        blocks.append(MarkdownBlock(.thematicBreak, line: line.number, column: column))
        index += 1
      } else if let (heading, headingColumn) = reader.atxHeading(line) {
        flush(&paragraph, into: &blocks)
        blocks.append(MarkdownBlock(.heading(heading), line: line.number, column: headingColumn))
        index += 1
      } else if let fence = reader.fenceOpening(line) {
        flush(&paragraph, into: &blocks)
        index = parseFencedCode(lines, at: index, fence, depth: depth, into: &blocks)
      } else if depth < Self.maximumNesting, reader.blockQuoteContent(line) != nil {
        flush(&paragraph, into: &blocks)
        index = parseBlockQuote(lines, at: index, depth: depth, into: &blocks)
      } else if depth < Self.maximumNesting, let marker = reader.listMarker(line),
        paragraph.isEmpty || marker.canInterruptParagraph
      {
        flush(&paragraph, into: &blocks)
        index = parseList(lines, at: index, depth: depth, into: &blocks)
      } else {
        paragraph.append(line)
        index += 1
      }
    }
    flush(&paragraph, into: &blocks)
    return blocks
  }

  private func flush(_ paragraph: inout [SourceLine], into blocks: inout [MarkdownBlock]) {
    guard let first = paragraph.first else { return }
    let lines = paragraph.map { line in
      let (text, column) = reader.trimmedText(line)
      return MarkdownTextLine(text, line: line.number, column: column)
    }
    blocks.append(
      MarkdownBlock(
        .paragraph(MarkdownParagraph(lines: lines)), line: first.number, column: lines[0].column))
    paragraph = []
  }

  private func setextHeading(_ paragraph: [SourceLine], level: Int) -> MarkdownBlock {
    let lines = paragraph.map { reader.trimmedText($0) }
    let heading = MarkdownHeading(
      level: level, text: lines.map(\.text).joined(separator: "\n"),
      textLine: paragraph[0].number, textColumn: lines[0].column, isSetext: true)
    return MarkdownBlock(.heading(heading), line: paragraph[0].number, column: lines[0].column)
  }

  /// Reads a fenced code block opening at `lines[index]`; returns the index after it.
  private mutating func parseFencedCode(
    _ lines: [SourceLine], at index: Int, _ fence: FenceOpening, depth: Int,
    into blocks: inout [MarkdownBlock]
  ) -> Int {
    let opening = lines[index]
    var code: [UInt8] = []
    var next = index + 1
    var isClosed = false
    while next < lines.count {
      let line = lines[next]
      next += 1
      if reader.closesFence(line, fence) {
        isClosed = true
        break
      }
      let content = reader.stripIndentation(line, columns: fence.indentation)
      if content.pendingSpaces > 0 {
        code.append(contentsOf: repeatElement(LineReader.space, count: content.pendingSpaces))
      }
      code.append(contentsOf: reader.bytes[content.start..<content.end])
      code.append(UInt8(ascii: "\n"))
    }
    let column = fence.offset - opening.lineStart + 1
    let fenceText = String(
      repeating: Character(Unicode.Scalar(fence.character)), count: fence.length)
    if !isClosed {
      diagnostics.report(
        MarkdownDiagnostic.unterminatedFence(fence: fenceText, insideBlock: depth != 0),
        file: file, line: opening.number, column: column)
    }
    let language = fence.info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
    let block = MarkdownFencedCode(
      fence: fenceText, info: fence.info, language: language.map(String.init) ?? "",
      code: String(decoding: code, as: UTF8.self), firstLine: opening.number + 1, column: column,
      isClosed: isClosed)
    blocks.append(MarkdownBlock(.fencedCode(block), line: opening.number, column: column))
    return next
  }

  /// Reads a block quote starting at `lines[index]`; returns the index after it.
  private mutating func parseBlockQuote(
    _ lines: [SourceLine], at index: Int, depth: Int, into blocks: inout [MarkdownBlock]
  ) -> Int {
    let first = lines[index]
    var content: [SourceLine] = []
    var tracker = ParagraphTracker()
    var next = index
    while next < lines.count {
      let line = lines[next]
      if let quoted = reader.blockQuoteContent(line) {
        content.append(quoted)
        tracker.feed(quoted, reader)
      } else if tracker.isParagraphOpen && !reader.isBlank(line)
        && !reader.startsNonParagraphBlock(line)
      {
        content.append(line)  // lazy continuation
      } else {
        break
      }
      next += 1
    }
    let (_, marker) = reader.indentation(first)
    let children = parse(content, depth: depth + 1)
    blocks.append(
      MarkdownBlock(.blockQuote(children), line: first.number, column: marker - first.lineStart + 1)
    )
    return next
  }

  /// Reads a list whose first item starts at `lines[index]`; returns the index after it.
  private mutating func parseList(
    _ lines: [SourceLine], at index: Int, depth: Int, into blocks: inout [MarkdownBlock]
  ) -> Int {
    guard let firstMarker = reader.listMarker(lines[index]) else { return index + 1 }
    var items: [MarkdownListItem] = []
    var next = index
    while next < lines.count, !reader.isThematicBreak(lines[next]),
      let marker = reader.listMarker(lines[next]), marker.isSameKind(as: firstMarker)
    {
      let markerLine = lines[next]
      var content = [marker.content]
      var tracker = ParagraphTracker()
      tracker.feed(marker.content, reader)
      next += 1
      // An item that starts with a blank line ends at the next blank line when still empty.
      if marker.isEmpty && next < lines.count && reader.isBlank(lines[next]) {
        content = []
      } else {
        while next < lines.count {
          let line = lines[next]
          if reader.isBlank(line) {
            content.append(line)
            tracker.feed(line, reader)
          } else if reader.indentation(line).width >= marker.contentIndentation {
            let inner = reader.stripIndentation(line, columns: marker.contentIndentation)
            content.append(inner)
            tracker.feed(inner, reader)
          } else if tracker.isParagraphOpen && !reader.startsNonParagraphBlock(line) {
            content.append(line)  // lazy continuation
          } else {
            break
          }
          next += 1
        }
      }
      while let last = content.last, reader.isBlank(last) { content.removeLast() }
      items.append(
        MarkdownListItem(
          blocks: parse(content, depth: depth + 1), line: markerLine.number,
          column: marker.offset - markerLine.lineStart + 1))
    }
    let kind: MarkdownList.Marker
    if let bullet = firstMarker.bullet {
      kind = .bullet(Character(Unicode.Scalar(bullet)))
    } else {
      kind = .ordered(
        start: firstMarker.number,
        delimiter: Character(Unicode.Scalar(firstMarker.delimiter ?? UInt8(ascii: "."))))
    }
    blocks.append(
      MarkdownBlock(
        .list(MarkdownList(marker: kind, items: items)), line: items[0].line,
        column: items[0].column))
    return next
  }
}
