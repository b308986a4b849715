import Foundation
import JQ
import SpecModel

/// `jq OPTIONS PROGRAM [FILE…]` through the in-process JQ module.
///
/// Several input files are read in order as one stream, as jq 1.6 does (a value may even span
/// two files). A file that cannot be read is reported as jq reports it and makes the status 2;
/// positions in error messages (`jq: error (at <stdin>:N)`) are translated to the file and
/// line jq would name. (`input_filename` still answers `null`.)
enum JQFilter {
  static func run(
    _ invocation: JQInvocation, input: [UInt8], expand: (Template) throws -> String,
    workingDirectory: String
  ) throws -> FilterResult {
    let options = JQOptions(
      rawOutput: invocation.rawOutput, joinOutput: invocation.joinOutput,
      exitStatus: invocation.exitStatus, slurp: invocation.slurp, rawInput: invocation.rawInput,
      nullInput: invocation.nullInput, compact: invocation.compact,
      sortKeys: invocation.sortKeys, tab: invocation.tab, indent: invocation.indent)
    let arguments = try invocation.arguments.map {
      JQNamedArgument(name: $0.name, value: try expand($0.value), json: $0.json)
    }
    guard !invocation.inputFiles.isEmpty else {
      let result = JQ.run(
        program: invocation.program, input: input, options: options, arguments: arguments)
      return FilterResult(
        output: result.stdout, status: result.status, stderr: Array(result.stderr.utf8))
    }

    let names = try invocation.inputFiles.map(expand)
    var stream: [UInt8] = []
    var files: [(name: String, lines: Int)] = []
    var leadingErrors: [UInt8] = []
    var laterErrors: [UInt8] = []
    for name in names {
      switch FileAccess.readFile(FileAccess.resolve(name, in: workingDirectory)) {
      case .success(let bytes):
        files.append((name, bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }))
        stream += bytes
      case .failure(let error):
        let message = Array("jq: error: Could not open file \(name): \(error.message)\n".utf8)
        if files.isEmpty { leadingErrors += message } else { laterErrors += message }
      }
    }
    // With -n, jq opens its files only when the program reads input.
    let readsInput = !invocation.nullInput || invocation.program.contains("input")
    let failedToOpen = readsInput && files.count < names.count
    if !readsInput {
      leadingErrors = []
      laterErrors = []
    }
    let result = JQ.run(
      program: invocation.program, input: stream, options: options, arguments: arguments)
    let stderr = translatePositions(result.stderr, files: files)
    return FilterResult(
      output: result.stdout, status: failedToOpen ? 2 : result.status,
      stderr: leadingErrors + Array(stderr.utf8) + laterErrors)
  }

  /// Rewrites `(at <stdin>:N)`, N counting the newlines read from the whole stream, into
  /// `(at FILE:M)` with M counting them in the file being read, which jq leaves only when it
  /// needs more input.
  static func translatePositions(_ text: String, files: [(name: String, lines: Int)]) -> String {
    let marker = "(at <stdin>:"
    guard !files.isEmpty, text.contains(marker) else { return text }
    var output = ""
    var rest = Substring(text)
    while let range = rest.range(of: marker) {
      output += rest[..<range.lowerBound]
      rest = rest[range.upperBound...]
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard let total = Int(digits), rest.dropFirst(digits.count).hasPrefix(")") else {
        output += marker
        continue
      }
      rest = rest.dropFirst(digits.count)
      var before = 0
      var chosen = files.count - 1
      for (index, file) in files.enumerated() {
        if total <= before + file.lines || index == files.count - 1 {
          chosen = index
          break
        }
        before += file.lines
      }
      output += "(at \(files[chosen].name):\(total - before)"
    }
    output += rest
    return output
  }
}
