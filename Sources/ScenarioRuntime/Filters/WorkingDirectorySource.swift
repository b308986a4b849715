/// `pwd`: the shell's working directory as `cd` left it (logical: the path it was given,
/// without `.`, `..` or repeated slashes), or `pwd -P`, with symbolic links resolved; when that
/// directory no longer resolves, bash's message and status 1.
enum WorkingDirectorySource {
  static func run(physical: Bool, _ workingDirectory: String, messagePrefix: String)
    -> FilterResult
  {
    guard physical else { return FilterResult(output: Array((workingDirectory + "\n").utf8)) }
    guard let resolved = FileLedger.realPath(workingDirectory) else {
      let message =
        "pwd: error retrieving current directory: getcwd: cannot access parent directories: "
        + "No such file or directory\n"
      return FilterResult(output: [], status: 1, stderr: Array((messagePrefix + message).utf8))
    }
    return FilterResult(output: Array((resolved + "\n").utf8))
  }
}
