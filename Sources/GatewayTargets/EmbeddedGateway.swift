import Foundation
import GatewaySimulator

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

  /// A private directory (mode 0700) holding a `.env` (mode 0600) with the simulator's
  /// variables, to run documents from.
  static func workingDirectory(for simulator: GatewaySimulator) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gateway-sim-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let dotenv = simulator.environmentFile.sorted { $0.key < $1.key }
      .map { "\($0.key)=\($0.value)\n" }.joined()
    let file = directory.appendingPathComponent(".env").path
    guard
      FileManager.default.createFile(
        atPath: file, contents: Data(dotenv.utf8), attributes: [.posixPermissions: 0o600])
    else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file]) }
    return directory.path
  }
}
