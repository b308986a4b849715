/// `cat` (no file) and `tee [-a] FILE…`: the input passes through unchanged; `tee` also writes
/// it to each file, in order. A file that cannot be written is a message and status 1, and the
/// others are still written. `/dev/stdout`, `/dev/stderr` and `/dev/null` are the pipeline's
/// own streams, not the runner's.
enum TeeFilter {
  static func run(files: [String], append: Bool, input: [UInt8], workingDirectory: String)
    -> FilterResult
  {
    var result = FilterResult(output: input)
    for file in files {
      switch file {
      case "/dev/null":
        continue
      case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
        result.output += input
      case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
        result.stderr += input
      default:
        let path = FileAccess.resolve(file, in: workingDirectory)
        if let error = FileAccess.writeFile(input, to: path, append: append) {
          result.status = 1
          result.stderr += Array("tee: \(file): \(error.message)\n".utf8)
        }
      }
    }
    return result
  }
}
