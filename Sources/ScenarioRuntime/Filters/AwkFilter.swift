import Awk
import SpecModel

/// `awk`: the program runs in-process with mawk's output, messages and exit status. Words are
/// expanded first; the command line is then what awk receives, so `-F` and `-v` escapes are
/// processed as awk does. Files resolve against the working directory; files the program
/// writes (`print > "out"`) are created through the file ledger. The program stops when its
/// scenario's time limit cancels it.
enum AwkFilter {
  static func run(
    _ call: AwkCall, input: [UInt8], expand: (Template) throws -> String,
    workingDirectory: String
  ) throws -> FilterResult {
    var arguments: [String] = []
    if let separator = call.fieldSeparator { arguments += ["-F", try expand(separator)] }
    for assignment in call.assignments {
      arguments += ["-v", assignment.name + "=" + (try expand(assignment.value))]
    }
    arguments += ["--", call.program]
    arguments += try call.operands.map(expand)
    let invocation: AwkInvocation
    do {
      invocation = try Awk.parse(arguments: arguments)
    } catch {
      return FilterResult(
        output: [], status: 2, stderr: Array("awk: \(error.description)\n".utf8))
    }
    let directory = workingDirectory
    let environment = AwkEnvironment(
      stdin: input,
      readFile: { path in
        switch FileAccess.readFile(FileAccess.resolve(path, in: directory)) {
        case .success(let bytes): return bytes
        case .failure(let error) where error.isDirectory:
          throw AwkFileError.readFailed(reason: error.message)
        case .failure(let error): throw AwkFileError.failed(reason: error.message)
        }
      },
      writeFile: { path, bytes, append in
        if let error = FileAccess.writeFile(
          bytes, to: FileAccess.resolve(path, in: directory), append: append)
        {
          throw error
        }
      },
      shouldStop: { Task.isCancelled })
    let result = Awk.run(invocation, environment: environment)
    return FilterResult(
      output: result.stdout, status: result.status, stderr: result.stderr,
      consumed: result.stdinConsumed)
  }
}
