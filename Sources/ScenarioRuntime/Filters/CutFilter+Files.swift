import SpecModel

/// `cut` over its file operands, as GNU cut 9 reads them: each file cut in order (`-` is
/// standard input); a file that cannot be read (a directory included) is `cut: NAME: REASON`,
/// makes the status 1, and the next file is cut.
extension CutFilter {
  static func run(
    _ cut: CutInvocation, files: [String], input: [UInt8], workingDirectory: String
  ) -> FilterResult {
    guard !files.isEmpty else { return run(cut, input: input) }
    var operands = FileOperands(input: input, workingDirectory: workingDirectory)
    var result = FilterResult(output: [])
    for name in files {
      switch operands.read(name) {
      case .success(let bytes):
        result.output += run(cut, input: bytes).output
      case .failure(let error):
        result.stderr += Array("cut: \(Quoting.ifNeeded(name)): \(error.message)\n".utf8)
        result.status = 1
      }
    }
    return result
  }
}
