import SpecModel

/// `grep` over its file operands, as GNU grep 3.8 opens them: each file searched in order
/// (`-` is standard input, named `(standard input)`); output lines start with the file's name
/// when there are several files (`-H` always, `-h` never). A file that cannot be read (a
/// directory included, which `-c` counts as 0 lines) is `grep: NAME: REASON` (silenced by
/// `-s`), the next file is searched, and the status is 2 — unless `-q` found a line, which
/// stops grep with status 0 at once.
extension GrepFilter {
  static func run(
    _ grep: GrepInvocation, pattern: String, files: [String], input: [UInt8],
    workingDirectory: String
  ) -> FilterResult {
    let named = grep.withFilename ?? (files.count > 1)
    guard !files.isEmpty else {
      return run(grep, pattern: pattern, filename: named ? "(standard input)" : nil, input: input)
    }
    var operands = FileOperands(input: input, workingDirectory: workingDirectory)
    var result = FilterResult(output: [], status: 1)
    var failed = false
    for name in files {
      let bytes: [UInt8]
      switch operands.read(name) {
      case .success(let content): bytes = content
      case .failure(let error):
        if !grep.noMessages { result.stderr += Array("grep: \(name): \(error.message)\n".utf8) }
        // A directory opens: `-c` counts its (no) lines.
        if error.isDirectory, grep.count, !grep.quiet {
          result.output += Array(((named ? name + ":" : "") + "0\n").utf8)
        }
        failed = true
        continue
      }
      let title = name == "-" ? "(standard input)" : name
      let part = run(
        grep, pattern: pattern, filename: named ? title : nil, inputName: title, input: bytes)
      // Status 2 from a search is a pattern grep cannot compile: said once, nothing searched.
      if part.status == 2 { return part }
      result.output += part.output
      result.stderr += part.stderr
      if part.status == 0 {
        result.status = 0
        if grep.quiet { return result }
      }
    }
    if failed { result.status = 2 }
    return result
  }
}
