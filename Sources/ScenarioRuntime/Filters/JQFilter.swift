import Foundation
import JQ
import SpecModel

/// `jq OPTIONS PROGRAM [FILE…]` through the in-process JQ module.
///
/// File operands are read in order as one stream, as jq 1.6 does (a value may even span two
/// files; `-` is standard input). A file that cannot be opened is reported as jq reports it
/// (a directory as jq 1.6 reports its failed read) and makes the status 2;
/// positions in error messages (`jq: error (at <stdin>:N)`) are translated to the file and
/// line jq would name. (`input_filename` still answers `null`.)
///
/// `environment` gives the variables jq would be started with (the shell's exported ones):
/// what `$ENV` and `env` hold. With `-f FILE`, the program is read from the file after the
/// `--rawfile`/`--slurpfile` files, as jq 1.6 does.
enum JQFilter {
  static func run(
    _ invocation: JQInvocation, input: [UInt8], expand: (Template) throws -> String,
    workingDirectory: String, environment: (() -> [String: String])? = nil
  ) throws -> FilterResult {
    let options = JQOptions(
      rawOutput: invocation.rawOutput, joinOutput: invocation.joinOutput,
      exitStatus: invocation.exitStatus, slurp: invocation.slurp, rawInput: invocation.rawInput,
      nullInput: invocation.nullInput, compact: invocation.compact,
      sortKeys: invocation.sortKeys, tab: invocation.tab, indent: invocation.indent,
      asciiOutput: invocation.asciiOutput, colorOutput: invocation.colorOutput,
      seq: invocation.seq, stream: invocation.stream)
    var arguments: [JQNamedArgument] = []
    for argument in invocation.arguments {
      let value = try expand(argument.value)
      guard argument.file else {
        arguments.append(JQNamedArgument(name: argument.name, value: value, json: argument.json))
        continue
      }
      switch JQFileArgument.read(
        name: argument.name, path: value, slurp: argument.json, workingDirectory: workingDirectory)
      {
      case .success(let named): arguments.append(named)
      case .failure(let error):
        return FilterResult(output: [], status: 2, stderr: Array(error.message.utf8))
      }
    }
    let positional = try invocation.positional.map {
      JQPositionalArgument(try expand($0.value), json: $0.json)
    }
    var program = invocation.program
    if let programFile = invocation.programFile {
      let path = try expand(programFile)
      switch FileAccess.readFile(FileAccess.resolve(path, in: workingDirectory)) {
      case .success(let bytes): program = String(decoding: bytes, as: UTF8.self)
      case .failure(let error):
        // jv_load_file's messages.
        let reason = error.isDirectory ? "It's a directory" : error.message
        return FilterResult(
          output: [], status: 2, stderr: Array("jq: Could not open \(path): \(reason)\n".utf8))
      }
    }
    guard !invocation.inputFiles.isEmpty else {
      let result = JQ.run(
        program: program, input: input, options: options, arguments: arguments,
        positional: positional, environment: environment)
      return FilterResult(
        output: result.stdout, status: result.status, stderr: Array(result.stderr.utf8))
    }

    let names = try invocation.inputFiles.map(expand)
    var stream: [UInt8] = []
    // What follows the first file that failed (see `firstValue`), and the file it starts in.
    var afterFailure: [UInt8] = []
    var nextFile: InputFile?
    var files: [InputFile] = []
    var openErrors: [(position: Int, message: String)] = []
    var operands = FileOperands(input: input, workingDirectory: workingDirectory)
    for (position, name) in names.enumerated() {
      switch operands.read(name) {
      case .success(let bytes) where !openErrors.isEmpty:
        if afterFailure.isEmpty {
          nextFile = InputFile(name: name == "-" ? "<stdin>" : name, position: position, lines: 0)
        }
        afterFailure += bytes
      case .success(let bytes):
        let lines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        files.append(
          InputFile(name: name == "-" ? "<stdin>" : name, position: position, lines: lines))
        stream += bytes
      case .failure(let error) where error.isDirectory:
        // A directory opens; jq 1.6 reports the failed read only when another file follows.
        let last = position == names.count - 1
        openErrors.append((position, last ? "" : "Input error: \(error.message)\n"))
      case .failure(let error):
        openErrors.append(
          (position, "jq: error: Could not open file \(name): \(error.message)\n"))
      }
    }
    // With -n, jq opens its files only when the program reads input.
    let readsInput = !invocation.nullInput || program.contains("input")
    if !readsInput { openErrors = [] }
    if !openErrors.isEmpty, var nextFile {
      let value = firstValue(of: afterFailure, invocation: invocation)
      nextFile.lines = value.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
      files.append(nextFile)
      stream += value
    }
    let result = JQ.run(
      program: program, input: stream, options: options, arguments: arguments,
      positional: positional, environment: environment)
    // jq reports a file it cannot open when it gets there: before what it says about later
    // files.
    var stderr = ""
    var pending = openErrors[...]
    for line in result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      let (text, file) = translatePosition(String(line), files: files)
      if let file {
        while let error = pending.first, error.position < file.position {
          stderr += error.message
          pending.removeFirst()
        }
      }
      stderr += text + "\n"
    }
    if !result.stderr.hasSuffix("\n"), let last = result.stderr.split(separator: "\n").last {
      stderr += last
    }
    for error in pending { stderr += error.message }
    return FilterResult(
      output: result.stdout, status: openErrors.isEmpty ? result.status : 2,
      stderr: Array(stderr.utf8))
  }

  /// jq 1.6 counts a file it could not read and goes on reading, but its main loop stops after
  /// the next input value: of what follows the failure, only the first value (the first line
  /// with `-R`) is run. `-s` and `-n` read their input in one go, so they get all of it.
  static func firstValue(of rest: [UInt8], invocation: JQInvocation) -> [UInt8] {
    if invocation.slurp || invocation.nullInput { return rest }
    let newline = UInt8(ascii: "\n")
    if invocation.rawInput {
      guard let end = rest.firstIndex(of: newline) else { return rest }
      return Array(rest[...end])
    }
    let values = JQ.run(
      program: ".", input: rest, options: JQOptions(compact: true), environment: { [:] }
    ).stdout
    guard let end = values.firstIndex(of: newline) else { return [] }
    return Array(values[...end])
  }

  /// An input file that could be read.
  struct InputFile {
    var name: String
    /// Its place among the files named.
    var position: Int
    /// Its newlines.
    var lines: Int
  }

  /// Rewrites `(at <stdin>:N)` in a line, N counting the newlines read from the whole
  /// stream, into `(at FILE:M)` with M counting them in the file being read (jq leaves a file
  /// only when it needs more input); also returns that file.
  static func translatePosition(_ line: String, files: [InputFile]) -> (String, InputFile?) {
    let marker = "(at <stdin>:"
    guard !files.isEmpty, let range = line.range(of: marker) else { return (line, nil) }
    let rest = line[range.upperBound...]
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard let total = Int(digits), rest.dropFirst(digits.count).hasPrefix(")") else {
      return (line, nil)
    }
    var before = 0
    var chosen = files[files.count - 1]
    for (index, file) in files.enumerated() {
      if total <= before + file.lines || index == files.count - 1 {
        chosen = file
        break
      }
      before += file.lines
    }
    let translated =
      line[..<range.lowerBound] + "(at \(chosen.name):\(total - before)"
      + rest.dropFirst(digits.count)
    return (String(translated), chosen)
  }
}
