// Recognizers for the lines that start blocks. Each looks at a line whose container prefixes
// have already been removed and accepts at most 3 columns of indentation.

extension LineReader {
  /// The offset of the first non-whitespace byte when the indentation is at most 3 columns.
  func blockStart(_ line: SourceLine) -> Int? {
    let (width, first) = indentation(line)
    return width <= 3 && first < line.end ? first : nil
  }

  /// `***`, `---`, `___` (3 or more, spaces allowed between).
  func isThematicBreak(_ line: SourceLine) -> Bool {
    guard let first = blockStart(line) else { return false }
    let marker = bytes[first]
    guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_")
    else { return false }
    var count = 0
    for index in first..<line.end {
      let byte = bytes[index]
      if byte == marker {
        count += 1
      } else if !Self.isWhitespace(byte) {
        return false
      }
    }
    return count >= 3
  }

  /// `===` (level 1) or `---` (level 2) under a paragraph.
  func setextLevel(_ line: SourceLine) -> Int? {
    guard let first = blockStart(line) else { return nil }
    let marker = bytes[first]
    guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return nil }
    var index = first
    while index < line.end && bytes[index] == marker { index += 1 }
    while index < line.end && Self.isWhitespace(bytes[index]) { index += 1 }
    guard index == line.end else { return nil }
    return marker == UInt8(ascii: "=") ? 1 : 2
  }

  /// An ATX heading: `#`… then a space, a tab or the end of the line. The closing sequence
  /// (`#`s preceded by whitespace) and surrounding whitespace are removed from the text.
  func atxHeading(_ line: SourceLine) -> (heading: MarkdownHeading, column: Int)? {
    guard let first = blockStart(line), bytes[first] == UInt8(ascii: "#") else { return nil }
    var index = first
    while index < line.end && bytes[index] == UInt8(ascii: "#") { index += 1 }
    let level = index - first
    guard level <= 6, index == line.end || Self.isWhitespace(bytes[index]) else { return nil }
    let afterMarker = index
    while index < line.end && Self.isWhitespace(bytes[index]) { index += 1 }
    let textStart = index
    var textEnd = line.end
    while textEnd > textStart && Self.isWhitespace(bytes[textEnd - 1]) { textEnd -= 1 }
    var hashes = textEnd
    while hashes > textStart && bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
    if hashes < textEnd && (hashes == textStart || Self.isWhitespace(bytes[hashes - 1])) {
      textEnd = hashes
      while textEnd > textStart && Self.isWhitespace(bytes[textEnd - 1]) { textEnd -= 1 }
    }
    let text = String(decoding: bytes[textStart..<textEnd], as: UTF8.self)
    let textColumn = (textStart < textEnd ? textStart : afterMarker) - line.lineStart + 1
    let heading = MarkdownHeading(
      level: level, text: text, textLine: line.number, textColumn: textColumn)
    return (heading, first - line.lineStart + 1)
  }

  /// ```` ``` ```` or `~~~` (3 or more) and an info string; a backtick fence's info string
  /// may not contain a backtick.
  func fenceOpening(_ line: SourceLine) -> FenceOpening? {
    let (width, first) = indentation(line)
    guard width <= 3, first < line.end else { return nil }
    let character = bytes[first]
    guard character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
    var index = first
    while index < line.end && bytes[index] == character { index += 1 }
    let length = index - first
    guard length >= 3 else { return nil }
    if character == UInt8(ascii: "`") && bytes[index..<line.end].contains(character) {
      return nil
    }
    while index < line.end && Self.isWhitespace(bytes[index]) { index += 1 }
    var end = line.end
    while end > index && Self.isWhitespace(bytes[end - 1]) { end -= 1 }
    let info = String(decoding: bytes[index..<end], as: UTF8.self)
    return FenceOpening(
      character: character, length: length, indentation: width, info: info, offset: first)
  }

  /// A closing fence for `fence`: same character, at least as long, nothing else after it.
  func closesFence(_ line: SourceLine, _ fence: FenceOpening) -> Bool {
    guard let first = blockStart(line) else { return false }
    var index = first
    while index < line.end && bytes[index] == fence.character { index += 1 }
    guard index - first >= fence.length else { return false }
    while index < line.end && Self.isWhitespace(bytes[index]) { index += 1 }
    return index == line.end
  }

  /// The content of a block-quote line: after `>` and one optional space.
  func blockQuoteContent(_ line: SourceLine) -> SourceLine? {
    let (width, first) = indentation(line)
    guard width <= 3, first < line.end, bytes[first] == UInt8(ascii: ">") else { return nil }
    let afterMarker = advance(stripIndentation(line, columns: width), by: 1)
    return stripIndentation(afterMarker, columns: 1)
  }

  /// A bullet (`-`, `*`, `+`) or ordered (up to 9 digits then `.` or `)`) marker followed by
  /// whitespace or the end of the line.
  func listMarker(_ line: SourceLine) -> ListMarker? {
    let (width, first) = indentation(line)
    guard width <= 3, first < line.end else { return nil }
    let byte = bytes[first]
    var bullet: UInt8?
    var delimiter: UInt8?
    var number = 0
    var markerEnd = first + 1
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
      bullet = byte
    } else {
      var index = first
      while index < line.end, index - first < 9, let digit = asciiDigit(bytes[index]) {
        number = number * 10 + digit
        index += 1
      }
      guard index > first, index < line.end,
        bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
      else { return nil }
      delimiter = bytes[index]
      markerEnd = index + 1
    }
    guard markerEnd == line.end || Self.isWhitespace(bytes[markerEnd]) else { return nil }
    let markerWidth = markerEnd - first
    let afterMarker = advance(stripIndentation(line, columns: width), by: markerWidth)
    let isEmpty = isBlank(afterMarker)
    let (spaces, _) = indentation(afterMarker)
    let padding = isEmpty || spaces >= 5 ? 1 : spaces
    let content = stripIndentation(afterMarker, columns: padding)
    return ListMarker(
      bullet: bullet, number: number, delimiter: delimiter, offset: first,
      contentIndentation: width + markerWidth + padding, content: content, isEmpty: isEmpty)
  }

  /// Whether the line starts a block other than a paragraph, so that it cannot be a lazy
  /// continuation line.
  func startsNonParagraphBlock(_ line: SourceLine) -> Bool {
    guard blockStart(line) != nil else { return false }
    return isThematicBreak(line) || atxHeading(line) != nil || fenceOpening(line) != nil
      || blockQuoteContent(line) != nil || listMarker(line) != nil
  }

  private func asciiDigit(_ byte: UInt8) -> Int? {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
  }
}
