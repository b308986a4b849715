import SpecModel

/// `head -c N`, `dd bs=… skip=… count=…`: `skip` bytes dropped, then `count` bytes kept (all
/// the rest when absent). `dd` is taken to read full blocks (`iflag=fullblock`), and its
/// transfer statistics on standard error are not reproduced.
enum ByteRangeFilter {
  static func run(_ range: ByteRange, input: [UInt8]) -> FilterResult {
    let start = min(max(range.skip, 0), input.count)
    var end = input.count
    if let count = range.count {
      end = min(end, start + max(count, 0))
    }
    return FilterResult(output: Array(input[start..<end]))
  }
}
