import SpecModel

/// `wc` with several counts or file operands, as GNU wc 9 prints them: one line per input
/// (counts right-aligned to a common width, then the name), a `total` line for several inputs.
enum WordCountFilter {
  /// `files` are the expanded operands; standard input is `input` (a pipe unless
  /// `regularInput`, which decides the column width as `fstat` does for wc).
  static func run(
    _ wc: WordCountInvocation, files: [String], input: [UInt8], workingDirectory: String,
    regularInput: Bool = false
  ) -> FilterResult {
    struct Entry {
      var name: String?
      var counts: [Int]?
      var regularSize: Int?
    }
    var entries: [Entry] = []
    var stderr: [UInt8] = []
    var status: Int32 = 0
    for name in files.isEmpty ? [nil] : files.map(Optional.some) {
      if name == nil || name == "-" {
        entries.append(
          Entry(
            name: name, counts: wc.counts.map { CountFilter.count($0, in: input) },
            regularSize: regularInput ? input.count : nil))
        continue
      }
      let path = FileAccess.resolve(name!, in: workingDirectory)
      switch FileAccess.readFile(path) {
      case .success(let bytes):
        entries.append(
          Entry(
            name: name, counts: wc.counts.map { CountFilter.count($0, in: bytes) },
            regularSize: bytes.count))
      case .failure(let error):
        stderr += Array("wc: \(Quoting.ifNeeded(name!)): \(error.message)\n".utf8)
        status = 1
        // A directory opens (it is counted, as empty, and is not a regular file).
        let counts = error.isDirectory ? wc.counts.map { _ in 0 } : nil
        entries.append(Entry(name: name, counts: counts, regularSize: nil))
      }
    }
    // GNU's compute_number_width: one count of one input is not padded; otherwise the digits
    // of the regular files' total size, at least 7 when an input is not a regular file (files
    // that cannot be opened do not count).
    var width = 1
    if !(entries.count == 1 && wc.counts.count == 1) {
      var minimum = 1
      var total = 0
      for entry in entries where entry.counts != nil {
        if let size = entry.regularSize { total += size } else { minimum = 7 }
      }
      while total >= 10 {
        width += 1
        total /= 10
      }
      width = max(width, minimum)
    }
    func line(_ counts: [Int], _ name: String?) -> [UInt8] {
      let columns = counts.map { number -> String in
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
      }
      return Array((columns.joined(separator: " ") + (name.map { " " + $0 } ?? "") + "\n").utf8)
    }
    var output: [UInt8] = []
    var totals = [Int](repeating: 0, count: wc.counts.count)
    for entry in entries {
      guard let counts = entry.counts else { continue }
      output += line(counts, entry.name)
      for (index, unit) in wc.counts.enumerated() {
        totals[index] =
          unit == .maxLineLength ? max(totals[index], counts[index]) : totals[index] + counts[index]
      }
    }
    if entries.count > 1 { output += line(totals, "total") }
    return FilterResult(output: output, status: status, stderr: stderr)
  }
}
