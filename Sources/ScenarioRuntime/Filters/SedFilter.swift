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

  private static func failure(_ error: SedError) -> FilterResult {
    FilterResult(output: [], status: error.status, stderr: Array("sed: \(error)\n".utf8))
  }
}
