#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file curl writes to (`-o`, `-D`): created (truncated) when first needed.
final class CurlFileSink {
  let path: String
  /// The mode a new file gets (the process umask is not the shell's).
  let mode: Int
  private var descriptor: Int32 = -1
  private(set) var isOpen = false

  init(path: String, mode: Int) {
    self.path = path
    self.mode = mode
  }

  deinit { close() }

  /// nil on success, else the reason (`No such file or directory`).
  func open() -> String? {
    guard !isOpen else { return nil }
    let (fd, created) = FileLedger.open(path, flags: O_WRONLY | O_TRUNC | O_CLOEXEC, mode: 0o666)
    guard fd >= 0 else { return String(cString: strerror(errno)) }
    if created { _ = fchmod(fd, mode_t(mode)) }
    descriptor = fd
    isOpen = true
    return nil
  }

  /// Opens the file if needed; nil on success, else the reason.
  func write(_ bytes: [UInt8]) -> String? {
    if let reason = open() { return reason }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        posixWrite(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      offset += written
    }
    return nil
  }

  /// Empties the file for a retry.
  func truncate() {
    guard isOpen else { return }
    _ = ftruncate(descriptor, 0)
    _ = lseek(descriptor, 0, SEEK_SET)
  }

  func close() {
    if isOpen { _ = posixClose(descriptor) }
    isOpen = false
  }
}

#if canImport(Glibc)
  private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    Glibc.write(fd, bytes, count)
  }
  private func posixClose(_ fd: Int32) -> Int32 { Glibc.close(fd) }
#elseif canImport(Darwin)
  private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    Darwin.write(fd, bytes, count)
  }
  private func posixClose(_ fd: Int32) -> Int32 { Darwin.close(fd) }
#endif

/// Where curl's output goes: the body to standard output or the `-o` file; the header block to
/// wherever the body goes (`-i`, `-I`), to standard output (`-D -`) and to the `-D` file, line by
/// line in that order, as curl interleaves them.
final class CurlOutput {
  /// False when the bytes could not be written (the pipe's reader has gone).
  private let stdout: @Sendable ([UInt8]) async -> Bool
  private let headersWithBody: Bool
  private let headersToStdout: Bool
  private let bodyFile: CurlFileSink?
  private let headerFile: CurlFileSink?
  /// `Warning:` texts for the caller to report (muted by `-s`).
  var warnings: [String] = []

  init(options: ResolvedCurlOptions, stdout: @escaping @Sendable ([UInt8]) async -> Bool) {
    self.stdout = stdout
    headersWithBody = options.includeHeaders || options.headOnly
    headersToStdout = options.dumpHeaders == "-"
    bodyFile = options.output.map { CurlFileSink(path: $0, mode: options.fileMode) }
    headerFile = options.dumpHeaders.flatMap {
      $0 == "-" ? nil : CurlFileSink(path: $0, mode: options.fileMode)
    }
  }

  /// `-D FILE` is created before the transfer starts, even when it then fails.
  func start() throws(CurlFailure) {
    if let headerFile, let reason = headerFile.open() {
      warnings.append("Failed to open the file \(headerFile.path): \(reason)")
      throw .writeError
    }
  }

  func writeBody(_ bytes: [UInt8]) async throws(CurlFailure) {
    guard !bytes.isEmpty else { return }
    try await writeToBodyDestination(bytes)
  }

  func writeHeaderLine(_ line: [UInt8]) async throws(CurlFailure) {
    if headersWithBody { try await writeToBodyDestination(line) }
    if headersToStdout, !(await stdout(line)) { throw .writeError }
    if let headerFile, headerFile.write(line) != nil { throw .writeError }
  }

  /// A transfer that ended well leaves an `-o` file even when the body was empty.
  func finishSuccessfully() throws(CurlFailure) {
    if let bodyFile, let reason = bodyFile.open() {
      warnings.append("Failed to open the file \(bodyFile.path): \(reason)")
      throw .writeError
    }
  }

  /// Before a retry curl empties the `-o` file it had written.
  func prepareRetry() {
    bodyFile?.truncate()
  }

  func close() {
    bodyFile?.close()
    headerFile?.close()
  }

  private func writeToBodyDestination(_ bytes: [UInt8]) async throws(CurlFailure) {
    guard let bodyFile else {
      guard await stdout(bytes) else { throw .writeError }
      return
    }
    let wasOpen = bodyFile.isOpen
    if let reason = bodyFile.write(bytes) {
      if !wasOpen { warnings.append("Failed to open the file \(bodyFile.path): \(reason)") }
      throw .writeError
    }
  }
}
