import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `readlink [-f|-e|-m] [-n] [-z] [-q|-s|-v] FILE…` as coreutils 9.1: the text of each symbolic
/// link, or with `-f`/`-e`/`-m` the name canonicalized as `realpath` does it
/// (`RealpathSource.resolve`); failures are silent (status 1) unless `-v`.
enum ReadlinkSource {
  static func run(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport
  ) {
    var existence: RealpathCall.Existence?
    var verbose = false
    for found in parsed.options {
      switch found.key {
      case "canonicalize": existence = .allButLast
      case "canonicalize-existing": existence = .all
      case "canonicalize-missing": existence = RealpathCall.Existence.none
      case "verbose": verbose = true
      case "quiet": verbose = false
      default: break
      }
    }
    guard !parsed.operands.isEmpty else {
      report.usage("missing operand")
      return
    }
    let zero = parsed.has("zero")
    var newline = !parsed.has("no-newline")
    if !newline && parsed.operands.count > 1 {
      report.stderr += Array("readlink: ignoring --no-newline with multiple arguments\n".utf8)
      newline = true
    }
    for name in parsed.operands {
      let value: String?
      var code: Int32 = 0
      if let existence {
        switch RealpathSource.resolve(
          name, RealpathCall(names: [], existence: existence),
          workingDirectory: context.workingDirectory)
        {
        case .success(let path): value = path
        case .failure(let error):
          value = nil
          code = error.code
        }
      } else {
        value = name.isEmpty ? nil : CopySource.linkTarget(context.absolute(name))
        code = name.isEmpty ? ENOENT : errno
      }
      guard let value else {
        report.status = 1
        if verbose {
          report.stderr += Array(
            "readlink: \(Quoting.ifNeeded(name)): \(SystemError(code: code).description)\n".utf8)
        }
        continue
      }
      report.print(value, terminator: zero ? "\0" : newline ? "\n" : "")
    }
  }
}
