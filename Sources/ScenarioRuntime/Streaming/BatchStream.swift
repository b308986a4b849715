/// A filter that works on whole lines (`cut`, `sed s/…/…/`, `sed -n /re/p`) or on whole groups
/// of bytes (`base64` encoding 3 bytes into 4 characters), with nothing carried from one to
/// the next: it runs on each batch of whole units as the input arrives, and on the rest (a
/// last line without newline) at the end. Its output is the concatenation of the runs'.
///
/// A run that fails (a regular expression sed cannot compile, `tr`'s operand errors) is the
/// command exiting before it reads on: the stream stops there.
struct BatchStream: StreamingFilter {
  enum Unit {
    /// Lines, each ended by a newline.
    case line
    /// Groups of this many bytes.
    case bytes(Int)
  }

  let unit: Unit
  let run: ([UInt8]) -> FilterResult
  /// Bytes after the last whole unit.
  private var pending: [UInt8] = []
  private var ran = false
  private var failure: FilterResult?
  /// Messages of the runs that went on.
  private var messages: [UInt8] = []

  init(unit: Unit, run: @escaping ([UInt8]) -> FilterResult) {
    self.unit = unit
    self.run = run
  }

  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep {
    guard failure == nil else { return StreamStep(stop: 0) }
    let whole: Int
    switch unit {
    case .line:
      guard let newline = bytes.lastIndex(of: 0x0A) else {
        pending += bytes
        return StreamStep()
      }
      whole = pending.count + newline + 1 - bytes.startIndex
    case .bytes(let size):
      whole = (pending.count + bytes.count) / size * size
      guard whole > 0 else {
        pending += bytes
        return StreamStep()
      }
    }
    pending += bytes
    let result = run(Array(pending[..<whole]))
    ran = true
    pending.removeFirst(whole)
    guard result.status == 0 else {
      failure = result
      pending = []
      return StreamStep(output: result.output, stop: 0)
    }
    messages += result.stderr
    return StreamStep(output: result.output)
  }

  mutating func finish() -> FilterResult {
    if let failure {
      return FilterResult(output: [], status: failure.status, stderr: messages + failure.stderr)
    }
    guard !pending.isEmpty || !ran else { return FilterResult(output: [], stderr: messages) }
    var result = run(pending)
    pending = []
    result.stderr = messages + result.stderr
    return result
  }
}
