#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file operations filters perform, through POSIX calls so that failures carry the
/// `errno` the tools print.
enum FileAccess {
  /// `path` itself when absolute, else `path` under `directory`.
  static func resolve(_ path: String, in directory: String) -> String {
    if path.hasPrefix("/") || directory.isEmpty { return path }
    return directory.hasSuffix("/") ? directory + path : directory + "/" + path
  }

  /// `strerror(code)`, e.g. `No such file or directory`.
  static func message(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// Whether `path` names a regular file (after symbolic links), as `fstat` would say of it
  /// opened.
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// The whole content of the file at `path`, or the `errno` of the failure.
  static func readFile(_ path: String) -> Result<[UInt8], FileError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(FileError(code: errno)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(FileError(code: errno))
      }
      if count == 0 { return .success(bytes) }
      bytes += chunk[0..<count]
    }
  }

  /// Writes `bytes` to the file at `path`, created (mode 0644) when missing, truncated first
  /// unless `append`.
  static func writeFile(_ bytes: [UInt8], to path: String, append: Bool) -> FileError? {
    let flags = O_WRONLY | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
    let descriptor = FileLedger.open(path, flags: flags, mode: 0o644).descriptor
    guard descriptor >= 0 else { return FileError(code: errno) }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return FileError(code: errno)
      }
      offset += written
    }
    return nil
  }
}

/// A failed file operation's `errno`.
struct FileError: Error, Equatable {
  var code: Int32

  var message: String { FileAccess.message(code) }

  /// `EISDIR`: the name opened, as a directory does, but reading it failed.
  var isDirectory: Bool { code == EISDIR }
}

/// A command's file operands, opened in order as the command opens them: `-` is its standard
/// input (whole the first time, then at its end), other names resolve against the working
/// directory. Each command words its own messages about a file it cannot read.
struct FileOperands {
  private var input: [UInt8]
  let workingDirectory: String

  init(input: [UInt8], workingDirectory: String) {
    self.input = input
    self.workingDirectory = workingDirectory
  }

  mutating func read(_ name: String) -> Result<[UInt8], FileError> {
    if name == "-" {
      defer { input = [] }
      return .success(input)
    }
    return FileAccess.readFile(FileAccess.resolve(name, in: workingDirectory))
  }
}
