/// `cat` (no file) and `tee [-a] FILE`: the input passes through unchanged; `tee` also writes
/// it to the file. `/dev/stdout`, `/dev/stderr` and `/dev/null` are the pipeline's own streams,
/// not the runner's.
enum TeeFilter {
  static func run(file: String?, append: Bool, input: [UInt8], workingDirectory: String)
    -> FilterResult
  {
    guard let file else { return FilterResult(output: input) }
    switch file {
    case "/dev/null":
      return FilterResult(output: input)
    case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
      return FilterResult(output: input + input)
    case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
      return FilterResult(output: input, stderr: input)
    default:
      let path = FileAccess.resolve(file, in: workingDirectory)
      if let error = FileAccess.writeFile(input, to: path, append: append) {
        return FilterResult(
          output: input, status: 1, stderr: Array("tee: \(file): \(error.message)\n".utf8))
      }
      return FilterResult(output: input)
    }
  }
}
