import SpecModel

/// `sed -n 'A,Bp'`, `sed -n 'Np'`, `sed 'Nq'`, `head -n N`, `tail -n N`, `tail -n +N`: whole
/// lines, each with its newline when it had one (a last line without newline stays so).
enum LineRangeFilter {
  static func run(_ range: LineRange, input: [UInt8]) -> FilterResult {
    var lines = InputLine.split(input)[...]
    let from = max(range.from ?? 1, 1)
    if let to = range.to {
      lines = to < from ? [] : lines.prefix(to).dropFirst(from - 1)
    } else {
      lines = lines.dropFirst(from - 1)
    }
    if let last = range.last {
      lines = lines.suffix(max(last, 0))
    }
    guard let first = lines.first, let end = lines.last else { return FilterResult(output: []) }
    // The kept lines are contiguous in the input.
    return FilterResult(output: Array(input[first.whole.lowerBound..<end.whole.upperBound]))
  }
}
