import SpecModel

/// What one filter of a pipeline wrote and how it exited.
public struct FilterResult: Sendable, Equatable {
  /// The bytes written to standard output: the next stage's input.
  public var output: [UInt8]
  /// The exit status, as bash sees it.
  public var status: Int32
  /// The bytes written to standard error.
  public var stderr: [UInt8]
  /// How many input bytes the command read before it exited, when it stopped early
  /// (`grep -q` at its first match); nil when it read everything.
  public var consumed: Int?

  public init(output: [UInt8], status: Int32 = 0, stderr: [UInt8] = [], consumed: Int? = nil) {
    self.output = output
    self.status = status
    self.stderr = stderr
    self.consumed = consumed
  }
}

/// Runs the filters of a pipeline in-process, with the output, messages and exit status of
/// the commands they stand for (GNU coreutils 9, GNU grep 3.8, GNU sed 4.9, jq 1.6, in a
/// UTF-8 locale).
public enum FilterRunner {
  /// Runs one filter over its whole input, as the command would. `expand` turns a template into
  /// its value (throws when the shell would fail, e.g. an unbound variable — rethrown);
  /// relative paths (file operands, tee files) resolve against `workingDirectory`. A filter
  /// with file operands opens them itself, with its command's messages. `environment` gives the
  /// exported variables a command started there would see (nil: this process's).
  public static func run(
    _ filter: Filter, input: [UInt8], expand: (Template) throws -> String,
    workingDirectory: String, environment: (() -> [String: String])? = nil
  ) throws -> FilterResult {
    switch filter {
    case .jq(let invocation):
      return try JQFilter.run(
        invocation, input: input, expand: expand, workingDirectory: workingDirectory,
        environment: environment)
    case .lines(let range):
      return LineRangeFilter.run(range, input: input)
    case .bytes(let range):
      return ByteRangeFilter.run(
        range, inputFile: try range.inputFile.map(expand), input: input,
        workingDirectory: workingDirectory)
    case .grep(let invocation):
      return GrepFilter.run(
        invocation, pattern: try expand(invocation.pattern),
        files: try invocation.files.map(expand), input: input, workingDirectory: workingDirectory)
    case .substitute(let substitution):
      return SubstituteFilter.run(substitution, input: input)
    case .select(let selection):
      return SelectFilter.run(selection, input: input)
    case .count(let unit):
      return CountFilter.run(unit, input: input)
    case .wordCount(let wc):
      return WordCountFilter.run(
        wc, files: try wc.files.map(expand), input: input, workingDirectory: workingDirectory,
        regularInput: try wc.standardInputFile.map {
          FileAccess.isRegularFile(FileAccess.resolve(try expand($0), in: workingDirectory))
        } ?? false)
    case .checksum(let checksum):
      return ChecksumFilter.run(
        checksum, files: try checksum.files.map(expand), input: input,
        workingDirectory: workingDirectory)
    case .cat(let cat):
      return CatFilter.run(
        cat, files: try cat.files.map(expand), input: input, workingDirectory: workingDirectory)
    case .translate(let translation):
      return TranslateFilter.run(translation, input: input)
    case .tee(let files, let append):
      return TeeFilter.run(
        files: try files.map(expand), append: append, input: input,
        workingDirectory: workingDirectory)
    case .base64(let decode, let wrap, let file):
      return Base64Filter.run(
        decode: decode, wrap: wrap, file: try file.map(expand), input: input,
        workingDirectory: workingDirectory)
    case .sort(let sort):
      let lines: [UInt8]
      switch SortFilter.input(
        files: try sort.files.map(expand), input: input, workingDirectory: workingDirectory)
      {
      case .success(let bytes): lines = bytes
      case .failure(let failure): return failure.result
      }
      guard let output = sort.output else { return SortFilter.run(sort, input: lines) }
      let path = try expand(output)
      return SortFilter.run(sort, input: lines) { bytes in
        FileAccess.writeFile(
          bytes, to: FileAccess.resolve(path, in: workingDirectory), append: false
        )
        .map { "sort: open failed: \(path): \($0.message)\n" }
      }
    case .uniq(let uniq):
      switch UniqFilter.input(
        file: try uniq.file.map(expand), input: input, workingDirectory: workingDirectory)
      {
      case .success(let bytes): return UniqFilter.run(uniq, input: bytes)
      case .failure(let failure): return failure.result
      }
    case .cut(let cut):
      return CutFilter.run(
        cut, files: try cut.files.map(expand), input: input, workingDirectory: workingDirectory)
    case .sed(let invocation):
      return try SedFilter.run(
        invocation, input: input, expand: expand, workingDirectory: workingDirectory)
    case .head(let count):
      let text = try expand(count.count)
      guard !count.files.isEmpty else { return HeadFilter.run(count, text: text, input: input) }
      return HeadTailFiles.run(
        "head", count, count: text, files: try count.files.map(expand), input: input,
        workingDirectory: workingDirectory
      ) { HeadFilter.run(count, text: text, input: $0) }
    case .tail(let count):
      let text = try expand(count.count)
      guard !count.files.isEmpty else { return TailFilter.run(count, text: text, input: input) }
      return HeadTailFiles.run(
        "tail", count, count: text, files: try count.files.map(expand), input: input,
        workingDirectory: workingDirectory
      ) { TailFilter.run(count, text: text, input: $0) }
    case .awk(let awk):
      return try AwkFilter.run(
        awk, input: input, expand: expand, workingDirectory: workingDirectory)
    case .od(let od):
      return OdFilter.run(
        od, files: try od.files.map(expand), input: input, workingDirectory: workingDirectory)
    case .xxd(let xxd):
      return XxdFilter.run(
        xxd, file: try xxd.file.map(expand), input: input, workingDirectory: workingDirectory)
    case .text(let call):
      return try TextUtilityFilter.run(
        call, input: input, expand: expand, workingDirectory: workingDirectory,
        environment: environment)
    case .shell, .xargs:
      // Shell code needs the shell: the interpreter runs it (`Interpreter.runShellFilter`,
      // `Interpreter.runXargs`).
      return FilterResult(
        output: [], status: 2, stderr: Array("shell code cannot run as a plain filter\n".utf8))
    }
  }
}
