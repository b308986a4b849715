import SpecModel

/// `tail -n COUNT`, `tail -c COUNT` with a count read at run time: the last COUNT lines or
/// bytes, or with `+COUNT` everything from the COUNTth on (`+0` is `+1`).
enum TailFilter {
  static func run(_ tail: HeadTailCount, text: String, input: [UInt8]) -> FilterResult {
    let count: CoreutilsCount
    switch CoreutilsCount.parse(text) {
    case .failure(let failure): return CoreutilsCount.failure("tail", tail.unit, text, failure)
    case .success(let parsed): count = parsed
    }
    // Positions where each unit starts.
    let starts: [Int] =
      tail.unit == .bytes ? [] : InputLine.split(input).map(\.whole.lowerBound)
    let total = tail.unit == .bytes ? input.count : starts.count
    let first =
      count.sign == .plus ? min(max(count.value, 1) - 1, total) : max(total - count.value, 0)
    let start = tail.unit == .bytes ? first : (first == total ? input.count : starts[first])
    return FilterResult(output: Array(input[start...]))
  }
}
