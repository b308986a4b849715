/// GNU sed's output: each line written with its newline, except a last input line that had
/// none; when something is written after such a line, the missing newline comes first
/// (`output_missing_newline`).
struct SedWriter {
  private(set) var output: [UInt8] = []
  private var missingNewline = false

  init(capacity: Int = 0) {
    output.reserveCapacity(capacity)
  }

  mutating func write(_ line: ArraySlice<UInt8>, terminated: Bool) {
    if missingNewline {
      output.append(UInt8(ascii: "\n"))
      missingNewline = false
    }
    output += line
    if terminated {
      output.append(UInt8(ascii: "\n"))
    } else {
      missingNewline = true
    }
  }
}
