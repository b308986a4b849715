import SpecModel

/// `cmp [-s] [-n LIMIT] FILE1 [FILE2]` as GNU cmp (diffutils 3.8): status 0 when the files
/// are the same, 1 when they differ (`A B differ: byte N, line M` on standard output, or, when
/// one is a prefix of the other, `cmp: EOF on NAME after byte N, line M` (`in line M` when it
/// ends inside a line, `which is empty`) on
/// standard error), 2 on trouble. `-s` prints nothing, not even that a file cannot be opened
/// (a read error is still printed). A missing FILE2 is standard input.
enum CmpFilter {
  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    var limit: Int?
    if let text = arguments.value("n") {
      guard let number = TextUtilityFilter.decimal(text) else {
        return usage("invalid --bytes value '\(text)'")
      }
      limit = Int(clamping: number)
    }
    let operands = arguments.operands
    guard let first = operands.first else { return usage("missing operand after 'cmp'") }
    guard operands.count <= 2 else {
      return usage("invalid --ignore-initial value '\(operands[2])'")
    }
    let names = [first, operands.count > 1 ? operands[1] : "-"]
    let silent = arguments.has("s")
    var files = arguments.files
    var contents: [[UInt8]] = []
    var readError: String?
    for name in names {
      switch files.read(name) {
      case .success(let bytes): contents.append(bytes)
      case .failure(let error) where error.isDirectory:
        readError = readError ?? "cmp: \(name): \(error.message)\n"
        contents.append([])
      case .failure(let error):
        return FilterResult(
          output: [], status: 2,
          stderr: silent ? [] : Array("cmp: \(name): \(error.message)\n".utf8))
      }
    }
    if let readError { return FilterResult(output: [], status: 2, stderr: Array(readError.utf8)) }
    let a = contents[0].prefix(limit ?? Int.max)
    let b = contents[1].prefix(limit ?? Int.max)
    let common = min(a.count, b.count)
    let differing = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    guard differing != nil || a.count != b.count else { return FilterResult(output: []) }
    if silent { return FilterResult(output: [], status: 1) }
    if let index = differing {
      let line = a.prefix(index).count { $0 == 10 } + 1
      return FilterResult(
        output: Array("\(names[0]) \(names[1]) differ: byte \(index + 1), line \(line)\n".utf8),
        status: 1)
    }
    let shorter = names[a.count < b.count ? 0 : 1]
    guard common > 0 else {
      return FilterResult(
        output: [], status: 1, stderr: Array("cmp: EOF on \(shorter) which is empty\n".utf8))
    }
    let prefix = a.prefix(common)
    // After a newline the line is the one that ended; inside a line, "in line N".
    let newlines = prefix.count { $0 == 10 }
    let line = prefix.last == 10 ? "line \(newlines)" : "in line \(newlines + 1)"
    return FilterResult(
      output: [], status: 1,
      stderr: Array("cmp: EOF on \(shorter) after byte \(common), \(line)\n".utf8))
  }

  /// diffutils' usage error: the message, then `cmp: Try 'cmp --help' …`, status 2.
  private static func usage(_ message: String) -> FilterResult {
    FilterResult(
      output: [], status: 2,
      stderr: Array(
        "cmp: \(message)\ncmp: Try 'cmp --help' for more information.\n".utf8))
  }
}
