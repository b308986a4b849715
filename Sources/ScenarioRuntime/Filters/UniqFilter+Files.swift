import SpecModel

/// `uniq` with its input file operand, as GNU uniq 9 opens it (`-` is standard input): a file
/// that cannot be opened is `uniq: NAME: REASON`, a directory (which opens) `uniq: error
/// reading 'NAME'`; either is status 1 with nothing written.
extension UniqFilter {
  static func input(
    file: String?, input: [UInt8], workingDirectory: String
  ) -> Result<[UInt8], FilterFailure> {
    guard let file else { return .success(input) }
    var operands = FileOperands(input: input, workingDirectory: workingDirectory)
    return operands.read(file).mapError { error in
      FilterFailure(
        message: error.isDirectory
          ? "uniq: error reading \(Quoting.always(file))\n"
          : "uniq: \(Quoting.ifNeeded(file)): \(error.message)\n",
        status: 1)
    }
  }
}
