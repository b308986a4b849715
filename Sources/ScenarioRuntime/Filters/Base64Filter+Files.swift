import SpecModel

/// `base64 FILE`, as GNU base64 9 opens it: a file that cannot be opened is `base64: NAME:
/// REASON`, a directory (which opens) `base64: read error: Is a directory`; either is status 1
/// with nothing written.
extension Base64Filter {
  static func run(
    decode: Bool, wrap: Int, file: String?, input: [UInt8], workingDirectory: String
  ) -> FilterResult {
    guard let file else { return run(decode: decode, wrap: wrap, input: input) }
    switch FileAccess.readFile(FileAccess.resolve(file, in: workingDirectory)) {
    case .success(let bytes): return run(decode: decode, wrap: wrap, input: bytes)
    case .failure(let error):
      let message =
        error.isDirectory
        ? "base64: read error: \(error.message)\n"
        : "base64: \(Quoting.ifNeeded(file)): \(error.message)\n"
      return FilterResult(output: [], status: 1, stderr: Array(message.utf8))
    }
  }
}
