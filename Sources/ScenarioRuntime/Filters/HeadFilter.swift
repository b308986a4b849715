import SpecModel

/// `head -n COUNT`, `head -c COUNT` with a count read at run time: the first COUNT lines or
/// bytes, or with `-COUNT` all but the last COUNT.
enum HeadFilter {
  static func run(_ head: HeadTailCount, text: String, input: [UInt8]) -> FilterResult {
    let count: CoreutilsCount
    switch CoreutilsCount.parse(text) {
    case .failure(let failure): return CoreutilsCount.failure("head", head.unit, text, failure)
    case .success(let parsed): count = parsed
    }
    // Positions where each kept unit ends.
    let ends: [Int] =
      head.unit == .bytes
      ? [] : InputLine.split(input).map(\.whole.upperBound)
    let total = head.unit == .bytes ? input.count : ends.count
    let kept = count.sign == .minus ? max(total - count.value, 0) : min(count.value, total)
    let end = head.unit == .bytes ? kept : (kept == 0 ? 0 : ends[kept - 1])
    return FilterResult(output: Array(input[..<end]))
  }
}
