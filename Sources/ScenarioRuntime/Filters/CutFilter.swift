import SpecModel

/// GNU cut 9 (whose `-c` counts bytes, as `-b`): the selected bytes or fields of each line, in
/// input order, each line ending with a newline.
enum CutFilter {
  static func run(_ cut: CutInvocation, input: [UInt8]) -> FilterResult {
    var output: [UInt8] = []
    let newline = UInt8(ascii: "\n")
    func selected(_ position: Int) -> Bool {
      cut.ranges.contains { $0.contains(position) } != cut.complement
    }
    for line in InputLine.split(input) {
      let content = input[line.content]
      switch cut.unit {
      case .bytes:
        for (offset, byte) in content.enumerated() where selected(offset + 1) {
          output.append(byte)
        }
      case .fields:
        let delimiter = cut.delimiter?.utf8.first ?? UInt8(ascii: "\t")
        guard content.contains(delimiter) else {
          if !cut.onlyDelimited {
            output += content
            output.append(newline)
          }
          continue
        }
        let between = cut.outputDelimiter.map { Array($0.utf8) } ?? [delimiter]
        var first = true
        for (offset, field) in content.split(
          separator: delimiter, omittingEmptySubsequences: false
        ).enumerated() where selected(offset + 1) {
          if !first { output += between }
          output += field
          first = false
        }
      }
      output.append(newline)
    }
    return FilterResult(output: output)
  }
}
