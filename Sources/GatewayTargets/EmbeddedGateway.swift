import Foundation
import GatewaySimulator

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The gateway simulator a process starts at most once, every listener on a free port, with a
/// master key made for the process.
actor EmbeddedGateway {
  static let shared = EmbeddedGateway()
  private var started: Task<GatewaySimulator, any Error>?

  func simulator() async throws -> GatewaySimulator {
    if let started { return try await started.value }
    let task = Task {
      let ports = Dictionary(
        uniqueKeysWithValues: GatewaySimulator.Listener.allCases.map { ($0, 0) })
      return try await GatewaySimulator.start(
        GatewaySimulator.Configuration(
          ports: ports, masterKey: "sim-" + UUID().uuidString.lowercased()))
    }
    started = task
    return try await task.value
  }

  /// A private directory (mode 0700, made by `mkdtemp`) holding a `.env` (mode 0600, created
  /// exclusively) with the simulator's variables, to run documents from. Both are registered
  /// with `SecretFileCleanup`, so they are removed even when the process is killed.
  static func workingDirectory(for simulator: GatewaySimulator) throws -> String {
    let base = FileManager.default.temporaryDirectory.path
    var template = Array(
      (base + "/gateway-sim-\(ProcessInfo.processInfo.processIdentifier)-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: base])
    }
    let directory = String(cString: made)
    let file = directory + "/.env"
    SecretFileCleanup.register(directory: directory, files: [file])
    let dotenv = simulator.environmentFile.sorted { $0.key < $1.key }
      .map { "\($0.key)=\($0.value)\n" }.joined()
    let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      rmdir(directory)
      SecretFileCleanup.unregister(directory: directory)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
    }
    defer { close(fd) }
    let bytes = Array(dotenv.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        unlink(file)
        rmdir(directory)
        SecretFileCleanup.unregister(directory: directory)
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
      }
      offset += written
    }
    return directory
  }
}
