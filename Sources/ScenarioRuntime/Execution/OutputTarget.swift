import Synchronization

/// Bytes collected in memory: the scenario's standard output and error, a command substitution.
/// Shared by background jobs, hence the lock.
final class OutputBuffer: Sendable {
  private let storage = Mutex<[UInt8]>([])
  /// Told of every append, as it happens (a scenario's streams, for `ExecutionObserver`).
  private let forward: (@Sendable ([UInt8]) -> Void)?

  init(forward: (@Sendable ([UInt8]) -> Void)? = nil) {
    self.forward = forward
  }

  func append(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    storage.withLock { $0 += bytes }
    forward?(bytes)
  }

  var contents: [UInt8] { storage.withLock { $0 } }
}

/// An open file a redirection writes to (`> FILE`, `>> FILE`, `2> FILE`, `helper > FILE`).
final class FileOutput: Sendable {
  private let descriptor: Mutex<Int32?>

  private init(descriptor: Int32) {
    self.descriptor = Mutex(descriptor)
  }

  /// Opens `path` (absolute) as bash opens a redirection target: created with `mode` when it
  /// does not exist, truncated unless `append`. Returns the `errno` on failure.
  static func open(path: String, append: Bool, mode: Int) -> Result<FileOutput, SystemError> {
    FileSystem.openForWriting(path, append: append, mode: mode).map {
      FileOutput(descriptor: $0)
    }
  }

  func write(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    descriptor.withLock { fd in
      guard let fd else { return }
      FileSystem.writeAll(fd, bytes)
    }
  }

  func close() {
    descriptor.withLock { fd in
      if let open = fd { FileSystem.close(open) }
      fd = nil
    }
  }
}

/// Where a command's standard output or error goes.
enum OutputTarget: Sendable {
  case buffer(OutputBuffer)
  case file(FileOutput)
  case discard

  func write(_ bytes: [UInt8]) {
    switch self {
    case .buffer(let buffer): buffer.append(bytes)
    case .file(let file): file.write(bytes)
    case .discard: break
    }
  }

  func write(_ text: String) {
    write(Array(text.utf8))
  }
}
