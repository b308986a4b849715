/// The lines of a filter's input as the GNU tools see them: each ends at a newline, and the
/// last one may lack it.
struct InputLine {
  /// The line's bytes without its newline (indices into the input).
  var content: Range<Int>
  /// Whether a newline followed.
  var terminated: Bool

  /// The line's bytes with its newline when it had one.
  var whole: Range<Int> { content.lowerBound..<(content.upperBound + (terminated ? 1 : 0)) }

  /// Splits `bytes` at `separator`: `a\nb` is two lines, `a\n` one, the empty input none.
  static func split(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: "\n")) -> [InputLine] {
    var lines: [InputLine] = []
    var start = 0
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<buffer.count where buffer[index] == separator {
        lines.append(InputLine(content: start..<index, terminated: true))
        start = index + 1
      }
    }
    if start < bytes.count {
      lines.append(InputLine(content: start..<bytes.count, terminated: false))
    }
    return lines
  }
}
