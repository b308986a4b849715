import SpecModel

/// GNU uniq 9: adjacent lines compared byte for byte (after `-f` fields and `-s` bytes, at
/// most `-w` bytes, ASCII case folded with `-i`); a last line without newline gets one.
enum UniqFilter {
  static func run(_ uniq: UniqInvocation, input: [UInt8]) -> FilterResult {
    var groups = Groups(uniq)
    var output: [UInt8] = []
    for line in InputLine.split(input) { output += groups.add(input[line.content]) }
    return FilterResult(output: output + groups.finish())
  }

  /// uniq as it reads: a run of adjacent equal lines is written (or not) once the first
  /// different line, or the end, comes.
  struct Groups {
    let uniq: UniqInvocation
    /// The current run's first line, its key and its length.
    private var first: [UInt8]?
    private var key: [UInt8] = []
    private var count = 0

    init(_ uniq: UniqInvocation) {
      self.uniq = uniq
    }

    /// Reads a line (without its newline): what uniq writes now.
    mutating func add(_ line: ArraySlice<UInt8>) -> [UInt8] {
      let lineKey = UniqFilter.key(line, uniq)
      if first != nil, lineKey == key {
        count += 1
        return []
      }
      let output = finish()
      first = Array(line)
      key = lineKey
      count = 1
      return output
    }

    /// The end of the input: the last run.
    mutating func finish() -> [UInt8] {
      guard let line = first else { return [] }
      first = nil
      var output: [UInt8] = []
      if count == 1 ? !uniq.repeated : !uniq.unique {
        if uniq.count {
          let number = String(count)
          output += Array(
            (String(repeating: " ", count: max(0, 7 - number.count)) + number + " ").utf8)
        }
        output += line
        output.append(UInt8(ascii: "\n"))
      }
      return output
    }
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
