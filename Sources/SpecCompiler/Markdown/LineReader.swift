/// Byte-level questions about a `SourceLine`. All of them are O(length of what they look at).
struct LineReader {
  let bytes: [UInt8]

  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")

  static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab }

  /// Splits the source into physical lines at `\n`, `\r\n` and lone `\r`, skipping a BOM.
  static func splitLines(_ bytes: [UInt8]) -> [SourceLine] {
    var lines: [SourceLine] = []
    lines.reserveCapacity(bytes.count / 32 + 1)
    var start = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      start = 3
    }
    var index = start
    var number = 1
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        lines.append(
          SourceLine(number: number, lineStart: start, start: start, end: index, visual: 0))
        number += 1
        if byte == UInt8(ascii: "\r") && index + 1 < count && bytes[index + 1] == UInt8(ascii: "\n")
        {
          index += 1
        }
        index += 1
        start = index
      } else {
        index += 1
      }
    }
    if start < count {
      lines.append(
        SourceLine(number: number, lineStart: start, start: start, end: count, visual: 0))
    }
    return lines
  }

  func isBlank(_ line: SourceLine) -> Bool {
    var index = line.start
    while index < line.end {
      if !Self.isWhitespace(bytes[index]) { return false }
      index += 1
    }
    return true
  }

  /// The visual width of the leading whitespace, and the offset of the first other byte.
  func indentation(_ line: SourceLine) -> (width: Int, firstByte: Int) {
    var width = line.pendingSpaces
    var visual = line.visual
    var index = line.start
    while index < line.end {
      let byte = bytes[index]
      if byte == Self.space {
        width += 1
        visual += 1
      } else if byte == Self.tab {
        let step = 4 - visual % 4
        width += step
        visual += step
      } else {
        break
      }
      index += 1
    }
    return (width, index)
  }

  /// Removes up to `columns` columns of leading whitespace, splitting a tab if needed.
  func stripIndentation(_ line: SourceLine, columns: Int) -> SourceLine {
    var result = line
    var remaining = columns
    let fromPending = min(remaining, result.pendingSpaces)
    result.pendingSpaces -= fromPending
    remaining -= fromPending
    while remaining > 0 && result.start < result.end {
      let byte = bytes[result.start]
      if byte == Self.space {
        remaining -= 1
        result.visual += 1
        result.start += 1
      } else if byte == Self.tab {
        let step = 4 - result.visual % 4
        result.visual += step
        result.start += 1
        if step > remaining {
          result.pendingSpaces = step - remaining
          remaining = 0
        } else {
          remaining -= step
        }
      } else {
        break
      }
    }
    return result
  }

  /// Removes all leading whitespace.
  func stripAllIndentation(_ line: SourceLine) -> SourceLine {
    let (width, _) = indentation(line)
    var result = stripIndentation(line, columns: width)
    result.pendingSpaces = 0
    return result
  }

  /// Consumes `count` bytes that are not whitespace (markers such as `>` or `-`).
  func advance(_ line: SourceLine, by count: Int) -> SourceLine {
    var result = line
    result.start += count
    result.visual += count
    result.pendingSpaces = 0
    return result
  }

  func byte(_ line: SourceLine, at offset: Int) -> UInt8? {
    offset < line.end ? bytes[offset] : nil
  }

  /// The line's remaining text: virtual spaces, then the bytes from `start` to `end`.
  func text(_ line: SourceLine) -> String {
    let body = String(decoding: bytes[line.start..<line.end], as: UTF8.self)
    return line.pendingSpaces == 0 ? body : String(repeating: " ", count: line.pendingSpaces) + body
  }

  /// The text from the first non-whitespace byte to the last one, and that byte's column.
  func trimmedText(_ line: SourceLine) -> (text: String, column: Int) {
    let (_, first) = indentation(line)
    var last = line.end
    while last > first && Self.isWhitespace(bytes[last - 1]) { last -= 1 }
    return (String(decoding: bytes[first..<last], as: UTF8.self), first - line.lineStart + 1)
  }
}
