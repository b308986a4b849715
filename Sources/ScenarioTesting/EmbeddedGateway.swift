import Foundation
import GatewaySimulator

/// The gateway simulator that generated suites start once per test process, every listener on
/// a free port, with a master key made for the process.
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

  /// What a run against `simulator` needs: each gateway variable whose port is one of the
  /// simulator's default ports points at that listener instead, and a private working
  /// directory holds a `.env` (mode 0600) with the simulator's variables.
  static func binding(
    _ simulator: GatewaySimulator, variables: [GatewayVariable]
  ) throws -> (overrides: [String: String], workingDirectory: String, unmatched: [GatewayVariable])
  {
    var overrides: [String: String] = [:]
    var unmatched: [GatewayVariable] = []
    for variable in variables {
      guard
        let listener = GatewaySimulator.defaultPorts.first(where: { $0.value == variable.port })?
          .key
      else {
        unmatched.append(variable)
        continue
      }
      overrides[variable.name] = simulator.baseURL(listener) + variable.path
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(
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
    return (overrides, directory.path, unmatched)
  }
}
