import SpecModel

/// `dd if=FILE`, as GNU dd 9 opens it: a file that cannot be opened is `dd: failed to open
/// 'NAME': REASON`, a directory (which opens) `dd: error reading 'NAME': Is a directory`;
/// either is status 1 with nothing copied.
extension ByteRangeFilter {
  static func run(_ range: ByteRange, inputFile: String?, input: [UInt8], workingDirectory: String)
    -> FilterResult
  {
    guard let inputFile else { return run(range, input: input) }
    switch FileAccess.readFile(FileAccess.resolve(inputFile, in: workingDirectory)) {
    case .success(let bytes): return run(range, input: bytes)
    case .failure(let error):
      let what = error.isDirectory ? "error reading" : "failed to open"
      return FilterResult(
        output: [], status: 1,
        stderr: Array("dd: \(what) \(Quoting.always(inputFile)): \(error.message)\n".utf8))
    }
  }
}
