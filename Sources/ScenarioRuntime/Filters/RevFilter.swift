import SpecModel

/// `rev [FILE…]` as util-linux 2.38 rev: each line's characters in reverse order (UTF-8
/// characters whole), the newline kept at the end. A file that cannot be opened is `rev: cannot
/// open NAME: REASON`, a directory `rev: NAME: 0: Is a directory`, bytes that are not UTF-8
/// `rev: NAME: LINE: Invalid or incomplete multibyte or wide character` (the rest of that file
/// is not written); each is status 1 and the next file is still read. `-` names a file.
enum RevFilter {
  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    var files = arguments.files
    var output: [UInt8] = []
    var errors = ""
    // `-` is a file like any other; no operand at all is standard input, named `stdin`.
    let operands: [String?] = arguments.operands.isEmpty ? [nil] : arguments.operands
    for operand in operands {
      let shown = operand ?? "stdin"
      let bytes: [UInt8]
      let read =
        operand.map {
          FileAccess.readFile(FileAccess.resolve($0, in: files.workingDirectory))
        } ?? files.read("-")
      switch read {
      case .success(let read): bytes = read
      case .failure(let error) where error.isDirectory:
        errors += "rev: \(shown): 0: \(error.message)\n"
        continue
      case .failure(let error):
        errors += "rev: cannot open \(shown): \(error.message)\n"
        continue
      }
      for line in TextUtilityFilter.lines(bytes) {
        guard let text = String(validating: line, as: UTF8.self) else {
          errors += "rev: \(shown): 0: Invalid or incomplete multibyte or wide character\n"
          break
        }
        output += Array(String(text.unicodeScalars.reversed().map(Character.init)).utf8)
        if line.endIndex < bytes.count { output.append(10) }
      }
    }
    return FilterResult(output: output, status: errors.isEmpty ? 0 : 1, stderr: Array(errors.utf8))
  }
}
