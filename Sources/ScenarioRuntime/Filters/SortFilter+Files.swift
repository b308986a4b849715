import SpecModel

/// `sort` over its file operands, as GNU sort 9 reads them: every file before sorting, each
/// ending with a newline (`-` is standard input). The first file that cannot be read ends sort
/// with status 2 and nothing sorted: `sort: cannot read: NAME: REASON`, or for a directory
/// (which opens) `sort: read failed: NAME: Is a directory`.
extension SortFilter {
  /// The lines to sort, or sort's failure.
  static func input(
    files: [String], input: [UInt8], workingDirectory: String
  ) -> Result<[UInt8], FilterFailure> {
    guard !files.isEmpty else { return .success(input) }
    var operands = FileOperands(input: input, workingDirectory: workingDirectory)
    var lines: [UInt8] = []
    for name in files {
      switch operands.read(name) {
      case .success(let bytes):
        lines += bytes
        if let last = bytes.last, last != UInt8(ascii: "\n") { lines.append(UInt8(ascii: "\n")) }
      case .failure(let error):
        let what = error.isDirectory ? "read failed" : "cannot read"
        return .failure(
          FilterFailure(
            message: "sort: \(what): \(Quoting.ifNeeded(name)): \(error.message)\n", status: 2))
      }
    }
    return .success(lines)
  }
}

/// A command that stops before writing anything: its message and status.
struct FilterFailure: Error, Equatable {
  var message: String
  var status: Int32

  var result: FilterResult {
    FilterResult(output: [], status: status, stderr: Array(message.utf8))
  }
}
