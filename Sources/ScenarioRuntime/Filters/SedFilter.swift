import Sed
import SpecModel

/// Any `sed` command line beyond the short forms, run by the Sed interpreter as GNU sed 4.9 in
/// a UTF-8 locale: `-f` scripts, file operands, `r` and `w` files relative to the working
/// directory; the previous stage's output is standard input.
enum SedFilter {
  static func run(
    _ invocation: SedInvocation, input: [UInt8], expand: (Template) throws -> String,
    workingDirectory: String
  ) throws -> FilterResult {
    let readFile: @Sendable (String) throws(SedFileError) -> [UInt8] = {
      name throws(SedFileError) in
      switch FileAccess.readFile(FileAccess.resolve(name, in: workingDirectory)) {
      case .success(let bytes): return bytes
      case .failure(let error):
        throw SedFileError(reason: error.message, readFailed: error.isDirectory)
      }
    }
    var pieces: [SedScriptPiece] = []
    var expressions = 0
    for script in invocation.scripts {
      switch script {
      case .expression(let text):
        expressions += 1
        pieces.append(SedScriptPiece(origin: .expression(expressions), text: Array(text.utf8)))
      case .file(let template):
        let name = try expand(template)
        do {
          var text = try readFile(name)
          if text.last == 0x0A { text.removeLast() }
          pieces.append(SedScriptPiece(origin: .file(name), text: text))
        } catch {
          return failure(SedError(.file, "couldn't open file \(name): \(error.reason)"))
        }
      }
    }
    let program: SedProgram
    do {
      program = try Sed.compile(pieces, extended: invocation.extended)
    } catch {
      // An empty regex with none before is an error only when a line is read (GNU sed panics
      // as it matches): without input sed exits quietly.
      if error.message == "no previous regular expression", invocation.files.isEmpty,
        input.isEmpty
      {
        return FilterResult(output: [])
      }
      return failure(error)
    }
    let options = SedOptions(
      quiet: invocation.quiet, extended: invocation.extended, separate: invocation.separate,
      nullData: invocation.nullData, lineWrap: invocation.lineWrap ?? 70)
    let environment = SedEnvironment(
      stdin: input, readFile: readFile,
      writeFile: { name, bytes throws(SedFileError) in
        let path = FileAccess.resolve(name, in: workingDirectory)
        if let error = FileAccess.writeFile(bytes, to: path, append: false) {
          throw SedFileError(reason: error.message)
        }
      },
      shouldStop: { Task.isCancelled })
    let result = Sed.run(
      program, options: options, files: try invocation.files.map(expand),
      environment: environment)
    return FilterResult(
      output: result.stdout, status: result.status, stderr: result.stderr,
      consumed: result.stdinConsumed)
  }

  /// A short form's script (`SubstituteFilter`, `SelectFilter`) on standard input.
  static func run(script: String, quiet: Bool, extended: Bool, input: [UInt8]) -> FilterResult {
    let invocation = SedInvocation(
      scripts: [.expression(script)], quiet: quiet, extended: extended)
    // Nothing to expand and no file to open: the short forms read standard input only.
    return (try? run(invocation, input: input, expand: { _ in "" }, workingDirectory: "/"))
      ?? FilterResult(output: [], status: 4)
  }

  /// The delimiter a short form's script is written with: `/` as usually written, else the
  /// first of a few others that `text` (its pattern and replacement, as sed reads them, with
  /// their delimiters no longer escaped) does not hold.
  static func delimiter(avoiding text: String) -> String {
    let candidates = ["/", "|", "#", "@", "%", ",", ":", "!", "~", "^", "\u{1}"]
    return candidates.first { !text.contains($0) } ?? "\u{1}"
  }

  private static func failure(_ error: SedError) -> FilterResult {
    FilterResult(output: [], status: error.status, stderr: Array("sed: \(error)\n".utf8))
  }
}
