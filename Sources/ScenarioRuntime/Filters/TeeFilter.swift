/// `cat` (no file) and `tee [-a] FILE…`: the input passes through unchanged; `tee` also writes
/// it to each file, in order. A file that cannot be written is a message and status 1, and the
/// others are still written. `/dev/stdout`, `/dev/stderr` and `/dev/null` are the pipeline's
/// own streams, not the runner's.
enum TeeFilter {
  static func run(files: [String], append: Bool, input: [UInt8], workingDirectory: String)
    -> FilterResult
  {
    var tee = Writer(files: files, append: append, workingDirectory: workingDirectory)
    var result = tee.write(input[...])
    result.status = tee.status
    return result
  }

  /// tee as it reads: each part it reads goes to its output and to each file, a file that
  /// could not be written is said once and not written again.
  struct Writer {
    let files: [String]
    let append: Bool
    let workingDirectory: String
    /// Whether the files were created (or truncated): on the first write.
    private(set) var started = false
    private var failed: Set<Int> = []
    private(set) var status: Int32 = 0

    init(files: [String], append: Bool, workingDirectory: String) {
      self.files = files
      self.append = append
      self.workingDirectory = workingDirectory
    }

    /// Writes `part` to the files: what tee writes to its output, and to its standard error
    /// (`/dev/stderr`, messages).
    mutating func write(_ part: ArraySlice<UInt8>) -> FilterResult {
      var result = FilterResult(output: Array(part))
      let appending = append || started
      started = true
      for (index, file) in files.enumerated() where !failed.contains(index) {
        switch file {
        case "/dev/null":
          continue
        case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
          result.output += part
        case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
          result.stderr += part
        default:
          let path = FileAccess.resolve(file, in: workingDirectory)
          if let error = FileAccess.writeFile(Array(part), to: path, append: appending) {
            failed.insert(index)
            status = 1
            result.stderr += Array("tee: \(file): \(error.message)\n".utf8)
          }
        }
      }
      return result
    }
  }
}
