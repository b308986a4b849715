/// `grep` reading a pipe: it searches each line as it arrives and prints as it goes, so a
/// `head` after it can stop it; `-q` stops reading at the first selected line, `-m N` after the
/// Nth and its trailing context (`GrepFilter.Scan`).
struct GrepStream: StreamingFilter {
  private var scan: GrepFilter.Scan
  /// The start of a line whose newline is yet to come.
  private var pending: [UInt8] = []

  init(scan: GrepFilter.Scan) {
    self.scan = scan
  }

  /// Whether it stops before reading anything (`grep -m 0`).
  var isDone: Bool { scan.stopped }

  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep {
    guard !scan.stopped else { return StreamStep(stop: 0) }
    guard let newline = bytes.lastIndex(of: 0x0A) else {
      pending += bytes
      return StreamStep()
    }
    let carried = pending.count
    pending += bytes[..<(newline + 1)]
    let read = scan.read(pending[...])
    pending = Array(bytes[(newline + 1)...])
    guard let stop = read.stop else { return StreamStep(output: read.output) }
    return StreamStep(output: read.output, stop: max(0, stop - carried))
  }

  mutating func finish() -> FilterResult {
    var output: [UInt8] = []
    if !pending.isEmpty && !scan.stopped { output = scan.read(pending[...]).output }
    pending = []
    var result = scan.finish()
    result.output = output + result.output
    return result
  }
}
