import SpecModel

/// GNU uniq 9: adjacent lines compared byte for byte; a last line without newline gets one.
enum UniqFilter {
  static func run(_ uniq: UniqInvocation, input: [UInt8]) -> FilterResult {
    let lines = InputLine.split(input).map { input[$0.content] }
    var output: [UInt8] = []
    var index = 0
    while index < lines.count {
      var end = index + 1
      while end < lines.count, lines[end] == lines[index] { end += 1 }
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
}
