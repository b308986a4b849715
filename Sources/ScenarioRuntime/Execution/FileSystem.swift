#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: its `errno`, described as the C library does (`No such file or
/// directory`), which is what bash and coreutils print.
struct SystemError: Error, Sendable, Equatable {
  var code: Int32

  static var current: SystemError { SystemError(code: errno) }

  static let notFound = SystemError(code: ENOENT)
  static let exists = SystemError(code: EEXIST)
  static let notDirectory = SystemError(code: ENOTDIR)
  static let isDirectory = SystemError(code: EISDIR)

  var description: String { String(cString: strerror(code)) }
}

/// The few POSIX calls the interpreter needs, on absolute paths. The process working directory
/// and umask are never used: each shell (and subshell) has its own.
enum FileSystem {
  enum Kind: Sendable, Equatable {
    case regular, directory, symbolicLink, other
  }

  struct Info: Sendable {
    var kind: Kind
    var size: Int
    var modificationTime: timespec
    /// The permission bits and setuid, setgid and sticky (`07777`).
    var mode: Int = 0
  }

  static func info(_ path: String, followLinks: Bool = true) -> Info? {
    var s = stat()
    let result = followLinks ? stat(path, &s) : lstat(path, &s)
    guard result == 0 else { return nil }
    let kind: Kind
    switch s.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .other
    }
    #if canImport(Darwin)
      let modified = s.st_mtimespec
    #else
      let modified = s.st_mtim
    #endif
    return Info(
      kind: kind, size: Int(s.st_size), modificationTime: modified, mode: Int(s.st_mode & 0o7777))
  }

  static func isAccessible(_ path: String, _ mode: Int32) -> Bool {
    access(path, mode) == 0
  }

  static var readable: Int32 { R_OK }
  static var writable: Int32 { W_OK }
  static var executable: Int32 { X_OK }

  /// A whole file, as `cat` reads it (a directory fails with `EISDIR`).
  static func readFile(_ path: String) -> Result<[UInt8], SystemError> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.current) }
    defer { _ = systemClose(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.current)
      }
      if count == 0 { break }
      bytes += chunk[0..<count]
    }
    return .success(bytes)
  }

  /// Opens a redirection target: created with exactly `mode` when new, truncated unless
  /// `append`.
  static func openForWriting(_ path: String, append: Bool, mode: Int) -> Result<Int32, SystemError>
  {
    let flags = O_WRONLY | (append ? O_APPEND : O_TRUNC) | O_CLOEXEC
    let (fd, created) = FileLedger.open(path, flags: flags, mode: mode)
    guard fd >= 0 else { return .failure(.current) }
    // The process umask is not the shell's: give a new file exactly the shell's mode.
    if created { _ = fchmod(fd, mode_t(mode)) }
    return .success(fd)
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = write(fd, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  static func close(_ fd: Int32) {
    _ = systemClose(fd)
  }

  /// Writes a whole file (created with `mode` when new).
  static func writeFile(_ path: String, _ bytes: [UInt8], mode: Int) -> SystemError? {
    switch openForWriting(path, append: false, mode: mode) {
    case .failure(let error): return error
    case .success(let fd):
      writeAll(fd, bytes)
      close(fd)
      return nil
    }
  }

  static func makeDirectory(_ path: String, mode: Int) -> SystemError? {
    guard mkdir(path, mode_t(mode)) == 0 else { return .current }
    FileLedger.recordCreated(path)
    _ = chmod(path, mode_t(mode))
    return nil
  }

  static func changeMode(_ path: String, mode: Int) -> SystemError? {
    chmod(path, mode_t(mode)) == 0 ? nil : .current
  }

  /// `touch`: a new empty file with `mode`, or new timestamps for an existing one.
  static func touch(_ path: String, mode: Int) -> SystemError? {
    if info(path) != nil {
      return utimensat(AT_FDCWD, path, nil, 0) == 0 ? nil : .current
    }
    switch openForWriting(path, append: true, mode: mode) {
    case .failure(let error): return error
    case .success(let fd):
      close(fd)
      return nil
    }
  }

  static func removeFile(_ path: String) -> SystemError? {
    unlink(path) == 0 ? nil : .current
  }

  /// `rm -r`: the directory and everything below it (symbolic links are not followed). The
  /// first error is returned; removal goes on as far as it can, like `rm`.
  static func removeTree(_ path: String) -> SystemError? {
    guard let entry = info(path, followLinks: false) else { return .current }
    guard entry.kind == .directory else { return removeFile(path) }
    var firstError: SystemError?
    for name in (try? directoryEntries(path).get()) ?? [] {
      if let error = removeTree(path + "/" + name), firstError == nil { firstError = error }
    }
    if rmdir(path) != 0, firstError == nil { firstError = .current }
    return firstError
  }

  static func directoryEntries(_ path: String) -> Result<[String], SystemError> {
    guard let directory = opendir(path) else { return .failure(.current) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names)
  }

  /// `mktemp`: replaces the trailing `X`s of `template` (then adds `suffix`) until a new file
  /// (mode 0600) or directory (mode 0700) can be created.
  static func createTemporary(template: String, directory: Bool, suffix: String = "")
    -> Result<String, SystemError>
  {
    for _ in 0..<100 {
      let candidate = randomName(template) + suffix
      if directory {
        if mkdir(candidate, 0o700) == 0 {
          FileLedger.recordCreated(candidate)
          _ = chmod(candidate, 0o700)
          return .success(candidate)
        }
      } else {
        let fd = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
          FileLedger.recordCreated(candidate, descriptor: fd)
          _ = fchmod(fd, 0o600)
          close(fd)
          return .success(candidate)
        }
      }
      if errno != EEXIST { return .failure(.current) }
    }
    return .failure(.exists)
  }

  /// `mktemp -u`: a name made from `template` that nothing has, without creating it.
  static func temporaryName(template: String, suffix: String) -> Result<String, SystemError> {
    for _ in 0..<100 {
      let candidate = randomName(template) + suffix
      if info(candidate, followLinks: false) == nil { return .success(candidate) }
    }
    return .failure(.exists)
  }

  /// `template` with its trailing `X`s replaced by random letters and digits.
  private static func randomName(_ template: String) -> String {
    let chars = Array(template)
    var xCount = 0
    while xCount < chars.count, chars[chars.count - 1 - xCount] == "X" { xCount += 1 }
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return String(chars.dropLast(xCount))
      + String((0..<xCount).map { _ in alphabet.randomElement()! })
  }

  /// The mode bits of a file (for tests and `-x`-like checks).
  static func permissions(_ path: String) -> Int? {
    var s = stat()
    guard stat(path, &s) == 0 else { return nil }
    return Int(s.st_mode & 0o7777)
  }
}

/// `close(2)`, out of reach of types that declare their own `close()`.
private func systemClose(_ fd: Int32) -> Int32 {
  #if canImport(Glibc)
    return Glibc.close(fd)
  #else
    return Darwin.close(fd)
  #endif
}
