import SpecModel

/// GNU uniq 9: adjacent lines compared byte for byte (after `-f` fields and `-s` bytes, at
/// most `-w` bytes, ASCII case folded with `-i`); a last line without newline gets one.
enum UniqFilter {
  static func run(_ uniq: UniqInvocation, input: [UInt8]) -> FilterResult {
    let lines = InputLine.split(input).map { input[$0.content] }
    let keys = lines.map { key($0, uniq) }
    var output: [UInt8] = []
    var index = 0
    while index < lines.count {
      var end = index + 1
      while end < lines.count, keys[end] == keys[index] { end += 1 }
      let count = end - index
      let writes = count == 1 ? !uniq.repeated : !uniq.unique
      if writes {
        if uniq.count {
          let number = String(count)
          output += Array(
            (String(repeating: " ", count: max(0, 7 - number.count)) + number + " ").utf8)
        }
        output += lines[index]
        output.append(UInt8(ascii: "\n"))
      }
      index = end
    }
    return FilterResult(output: output)
  }

  /// The part of a line uniq compares.
  static func key(_ line: ArraySlice<UInt8>, _ uniq: UniqInvocation) -> [UInt8] {
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    var start = line.startIndex
    for _ in 0..<uniq.skipFields {
      while start < line.endIndex, isBlank(line[start]) { start += 1 }
      while start < line.endIndex, !isBlank(line[start]) { start += 1 }
    }
    start = min(line.endIndex, start + uniq.skipChars)
    var end = line.endIndex
    if let check = uniq.checkChars { end = min(end, start + check) }
    let bytes = line[start..<end]
    guard uniq.ignoreCase else { return Array(bytes) }
    return bytes.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }
  }
}
