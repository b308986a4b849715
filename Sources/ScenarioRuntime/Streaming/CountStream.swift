import SpecModel

/// `wc -c`, `-l`, `-w`, `-m`, `-L` reading a pipe: it counts each part as it arrives and keeps
/// only the count (and, for the counts that read characters, the start of a line whose
/// newline is yet to come: no character or word spans a newline).
struct CountStream: StreamingFilter {
  let unit: CountUnit
  private var total = 0
  private var pending: [UInt8] = []

  init(_ unit: CountUnit) {
    self.unit = unit
  }

  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep {
    switch unit {
    case .bytes:
      total += bytes.count
    case .lines:
      total += bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    case .words, .characters, .maxLineLength:
      guard let newline = bytes.lastIndex(of: 0x0A) else {
        pending += bytes
        break
      }
      pending += bytes[...newline]
      add(CountFilter.count(unit, in: pending))
      pending = Array(bytes[(newline + 1)...])
    }
    return StreamStep()
  }

  mutating func finish() -> FilterResult {
    if !pending.isEmpty { add(CountFilter.count(unit, in: pending)) }
    pending = []
    return FilterResult(output: Array("\(total)\n".utf8))
  }

  private mutating func add(_ count: Int) {
    total = unit == .maxLineLength ? max(total, count) : total + count
  }
}
