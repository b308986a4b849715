import SpecModel

/// `head`/`tail` with file operands, as coreutils 9 opens them: each file in order; with
/// several, each that opens is introduced by `==> NAME <==` (`standard input` for `-`), after an
/// empty line but for the first. A file that cannot be opened is `cannot open 'NAME' for
/// reading: REASON`; a directory (which opens, so its header is written) is `error reading
/// 'NAME': Is a directory`. Either makes the status 1, and the next file is read.
enum HeadTailFiles {
  /// `command` is `head` or `tail`; `count` its count as written (checked before any file is
  /// opened); `each` what the command writes for one file's bytes.
  static func run(
    _ command: String, _ counted: HeadTailCount, count: String, files: [String],
    input: [UInt8], workingDirectory: String, each: ([UInt8]) -> FilterResult
  ) -> FilterResult {
    if case .failure(let failure) = CoreutilsCount.parse(count) {
      return CoreutilsCount.failure(command, counted.unit, count, failure)
    }
    var operands = FileOperands(input: input, workingDirectory: workingDirectory)
    var result = FilterResult(output: [])
    var headers = 0
    for name in files {
      let content = operands.read(name)
      if case .failure(let error) = content, !error.isDirectory {
        result.stderr += Array(
          "\(command): cannot open \(Quoting.always(name)) for reading: \(error.message)\n".utf8)
        result.status = 1
        continue
      }
      if files.count > 1 {
        let title = name == "-" ? "standard input" : name
        result.output += Array(((headers > 0 ? "\n" : "") + "==> \(title) <==\n").utf8)
        headers += 1
      }
      switch content {
      case .success(let bytes):
        let part = each(bytes)
        result.output += part.output
        result.stderr += part.stderr
        if part.status != 0 { result.status = part.status }
      case .failure(let error):
        result.stderr += Array(
          "\(command): error reading \(Quoting.always(name)): \(error.message)\n".utf8)
        result.status = 1
      }
    }
    return result
  }
}
