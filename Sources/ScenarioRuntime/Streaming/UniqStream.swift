/// `uniq` reading a pipe: a run of equal lines is written as soon as the next different line
/// arrives (`UniqFilter.Groups`); only the run's first line and the start of an unfinished
/// line are kept.
struct UniqStream: StreamingFilter {
  private var groups: UniqFilter.Groups
  private var pending: [UInt8] = []

  init(_ groups: UniqFilter.Groups) {
    self.groups = groups
  }

  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep {
    guard let newline = bytes.lastIndex(of: 0x0A) else {
      pending += bytes
      return StreamStep()
    }
    pending += bytes[...newline]
    var output: [UInt8] = []
    for line in InputLine.split(pending) { output += groups.add(pending[line.content]) }
    pending = Array(bytes[(newline + 1)...])
    return StreamStep(output: output)
  }

  mutating func finish() -> FilterResult {
    var output: [UInt8] = []
    if !pending.isEmpty { output = groups.add(pending[...]) }
    pending = []
    return FilterResult(output: output + groups.finish())
  }
}
