import SpecModel

/// `head -n N`, `head -c N`, `sed Nq`, `dd skip=S count=N` as they run in a pipe: bytes pass
/// until the last one kept, and the command exits there without reading the rest.
struct HeadStream: StreamingFilter {
  enum Unit { case lines, bytes }

  let unit: Unit
  /// Units dropped first (`dd skip=`, `sed -n 'A,Bp'` is not streamed: sed reads to the end).
  private var skip: Int
  /// Units still to pass.
  private var remaining: Int

  init(unit: Unit, skip: Int = 0, count: Int) {
    self.unit = unit
    self.skip = max(skip, 0)
    self.remaining = max(count, 0)
  }

  /// The streaming form of a filter, when it has one: one that reads its standard input (a
  /// `head FILE` or `dd if=FILE` reads its file, and runs as a whole-input filter).
  static func of(_ filter: Filter, headCount: (HeadTailCount) -> CoreutilsCount?) -> HeadStream? {
    switch filter {
    case .lines(let range):
      guard let to = range.to, range.last == nil, !range.readsToEnd else { return nil }
      let from = max(range.from ?? 1, 1)
      return HeadStream(unit: .lines, skip: from - 1, count: max(to - from + 1, 0))
    case .bytes(let range):
      guard let count = range.count, range.inputFile == nil else { return nil }
      return HeadStream(unit: .bytes, skip: range.skip, count: count)
    case .head(let head):
      guard head.files.isEmpty, let count = headCount(head), count.sign != .minus else {
        return nil
      }
      return HeadStream(unit: head.unit == .bytes ? .bytes : .lines, count: count.value)
    default:
      return nil
    }
  }

  /// Whether it stops before reading anything (`head -n 0`, `head -c 0`).
  var isDone: Bool { remaining == 0 && skip == 0 }

  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep {
    guard !isDone else { return StreamStep(stop: 0) }
    var output: [UInt8] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      // The next piece: whole units, or the start of a line whose newline is yet to come.
      let end: Int
      let units: Int
      switch unit {
      case .bytes:
        units = min(skip > 0 ? skip : remaining, bytes.endIndex - index)
        end = index + units
      case .lines:
        let newline = bytes[index...].firstIndex(of: 0x0A)
        end = newline.map { $0 + 1 } ?? bytes.endIndex
        units = newline == nil ? 0 : 1
      }
      if skip > 0 {
        skip -= units
      } else {
        output += bytes[index..<end]
        remaining -= units
      }
      index = end
      if isDone { return StreamStep(output: output, stop: index - bytes.startIndex) }
    }
    return StreamStep(output: output)
  }

  mutating func finish() -> FilterResult {
    FilterResult(output: [])
  }
}
