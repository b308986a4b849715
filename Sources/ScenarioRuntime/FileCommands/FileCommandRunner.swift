import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a file command needs of the shell it runs in.
struct FileCommandContext: Sendable {
  var workingDirectory: String
  var umask: Int
  /// The locale uses UTF-8: gnulib's `quote` prints ‘x’ instead of 'x'.
  var utf8: Bool
  /// `$TMPDIR`, when set and not empty.
  var temporaryDirectory: String?

  /// The context of the shell `state`.
  init(_ state: ShellState) {
    self.init(
      workingDirectory: state.workingDirectory, umask: state.umask, utf8: state.usesUTF8Locale,
      temporaryDirectory: state.value(of: "TMPDIR").flatMap { $0.isEmpty ? nil : $0 })
  }

  init(workingDirectory: String, umask: Int, utf8: Bool, temporaryDirectory: String?) {
    self.workingDirectory = workingDirectory
    self.umask = umask
    self.utf8 = utf8
    self.temporaryDirectory = temporaryDirectory
  }

  /// `path` from the shell's working directory (the process's is not the shell's).
  func absolute(_ path: String) -> String {
    if path.isEmpty || path.hasPrefix("/") { return path }
    return workingDirectory.hasSuffix("/") ? workingDirectory + path : workingDirectory + "/" + path
  }

  /// gnulib's `quote`: the locale's quotes.
  func quote(_ name: String) -> String { Quoting.locale(name, utf8: utf8) }
}

/// What a file command printed, and its status.
struct FileCommandReport {
  let command: String
  var output: [UInt8] = []
  var stderr: [UInt8] = []
  var status: Int32 = 0

  init(_ command: String) { self.command = command }

  mutating func print(_ line: String, terminator: String = "\n") {
    output += Array((line + terminator).utf8)
  }

  /// `COMMAND: message` on standard error; the status becomes `status`.
  mutating func fail(_ message: String, status: Int32 = 1) {
    stderr += Array("\(command): \(message)\n".utf8)
    self.status = status
  }

  /// A usage error: the message, then `Try 'COMMAND --help' …`.
  mutating func usage(_ message: String, status: Int32 = 1) {
    fail(message, status: status)
    stderr += Array("Try '\(command) --help' for more information.\n".utf8)
  }

  var result: FilterResult { FilterResult(output: output, status: status, stderr: stderr) }
}

/// Runs a file command's expanded argument vector.
enum FileCommandRunner {
  static func run(
    _ command: FileCommandCall.Command, arguments: [String], context: FileCommandContext
  ) -> FilterResult {
    var report = FileCommandReport(command.rawValue)
    if command == .find {
      FindSource.run(arguments, context, &report)
      return report.result
    }
    switch command.options.parse(arguments) {
    case .failure(let failure):
      report.usage(failure.message, status: command.usageStatus)
    case .success(let parsed):
      switch command {
      case .cp: CopySource.run(parsed, context, &report)
      case .mv: MoveSource.run(parsed, context, &report)
      case .ln: LinkSource.run(parsed, context, &report)
      case .rmdir: RemoveDirectorySource.run(parsed, context, &report)
      case .readlink: ReadlinkSource.run(parsed, context, &report)
      case .mktemp: TemporaryFileSource.run(parsed, context, &report)
      case .ls: ListSource.run(parsed, context, &report)
      case .stat: StatSource.run(parsed, context, &report)
      case .du: DiskUsageSource.run(parsed, context, &report)
      case .truncate: TruncateSource.run(parsed, context, &report)
      case .find: break
      }
    }
    return report.result
  }
}

/// `stat(2)`/`lstat(2)` of a path, with what the file commands read of it.
struct FileStatus {
  var raw: stat

  init?(_ path: String, followLinks: Bool) {
    var s = stat()
    guard (followLinks ? stat(path, &s) : lstat(path, &s)) == 0 else { return nil }
    raw = s
  }

  var type: mode_t { raw.st_mode & S_IFMT }
  var isDirectory: Bool { type == S_IFDIR }
  var isSymbolicLink: Bool { type == S_IFLNK }
  var isRegular: Bool { type == S_IFREG }
  /// Permission bits with setuid, setgid and sticky.
  var mode: Int { Int(raw.st_mode & 0o7777) }
  var size: Int { Int(raw.st_size) }

  func sameFile(as other: FileStatus) -> Bool {
    raw.st_dev == other.raw.st_dev && raw.st_ino == other.raw.st_ino
  }

  #if canImport(Darwin)
    var accessTime: timespec { raw.st_atimespec }
    var modificationTime: timespec { raw.st_mtimespec }
    var changeTime: timespec { raw.st_ctimespec }
  #else
    var accessTime: timespec { raw.st_atim }
    var modificationTime: timespec { raw.st_mtim }
    var changeTime: timespec { raw.st_ctim }
  #endif
}

/// Names as coreutils builds them.
enum FilePath {
  /// The last component, trailing slashes ignored (`a/b/` → `b`).
  static func base(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    if trimmed == "/" { return "/" }
    return String(trimmed.split(separator: "/").last ?? trimmed)
  }

  /// gnulib's `file_name_concat`: one slash between the two.
  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// `path` with `.`, `..` and repeated slashes resolved through the real directories
  /// (`realpath -m`), for comparing where two names lead.
  static func resolved(_ path: String, _ context: FileCommandContext) -> String {
    let call = RealpathCall(names: [], existence: .none)
    guard
      case .success(let real) = RealpathSource.resolve(
        path, call, workingDirectory: context.workingDirectory)
    else { return context.absolute(path) }
    return real
  }
}

/// Where the file operands of `cp`, `mv` and `ln` go: each source with its destination, as the
/// three forms of their command line say (`SRC DEST`, `SRC… DIR`, `-t DIR SRC…`).
struct FileTargets {
  var pairs: [(source: String, destination: String)] = []

  /// nil after a usage or target error (reported).
  init?(
    _ parsed: FileCommandOptions.Parsed, _ context: FileCommandContext,
    _ report: inout FileCommandReport, intoDirectory: (String) -> Bool,
    singleOperandLinksHere: Bool = false
  ) {
    var operands = parsed.operands
    let quoted = Quoting.always
    if let directory = parsed.value("target-directory") {
      if parsed.has("no-target-directory") {
        report.usage("cannot combine --target-directory (-t) and --no-target-directory (-T)")
        return nil
      }
      guard !operands.isEmpty else {
        report.usage("missing file operand")
        return nil
      }
      guard let info = FileStatus(context.absolute(directory), followLinks: true) else {
        report.fail("target directory \(quoted(directory)): \(SystemError.current.description)")
        return nil
      }
      guard info.isDirectory else {
        report.fail(
          "target directory \(quoted(directory)): \(SystemError.notDirectory.description)")
        return nil
      }
      pairs = operands.map { ($0, FilePath.join(directory, FilePath.base($0))) }
      return
    }
    guard !operands.isEmpty else {
      report.usage("missing file operand")
      return nil
    }
    if operands.count == 1 {
      guard singleOperandLinksHere else {
        report.usage("missing destination file operand after \(quoted(operands[0]))")
        return nil
      }
      operands.append(".")
    }
    let last = operands.removeLast()
    if parsed.has("no-target-directory") {
      guard operands.count == 1 else {
        report.usage("extra operand \(quoted(last))")
        return nil
      }
      pairs = [(operands[0], last)]
      return
    }
    if operands.count > 1 {
      guard let info = FileStatus(context.absolute(last), followLinks: true) else {
        report.fail("target \(quoted(last)): \(SystemError.current.description)")
        return nil
      }
      guard info.isDirectory else {
        report.fail("target \(quoted(last)): \(SystemError.notDirectory.description)")
        return nil
      }
    } else if !intoDirectory(last) {
      pairs = [(operands[0], last)]
      return
    }
    pairs = operands.map { ($0, FilePath.join(last, FilePath.base($0))) }
  }
}
