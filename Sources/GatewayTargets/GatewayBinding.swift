import Foundation
import GatewaySimulator
import SpecModel

/// What a run of a document needs to reach its gateways: variables that win over the setup
/// blocks' assignments, the directory `.env` is read from, and a line saying where it goes.
public struct GatewayBinding: Sendable, Equatable {
  public var target: GatewayTarget
  public var overrides: [String: String]
  public var workingDirectory: String
  /// `running against …`, for the output of a run.
  public var description: String
  /// The embedded simulator's settle endpoint, for virtual time; nil for live gateways.
  public var settleURL: String?

  /// Live: nothing changes. Simulator: the embedded simulator (started once per process) with
  /// each gateway variable whose port is one of the simulator's default ports pointed at that
  /// listener, and a private working directory whose `.env` holds the simulator's master key.
  public static func resolve(
    _ document: SpecDocument, target: GatewayTarget, environment: [String: String],
    workingDirectory: String
  ) async throws -> GatewayBinding {
    let variables = GatewayVariable.all(in: document)
    switch target {
    case .live:
      let named = variables.map {
        "\($0.name)=\(environment[$0.name] ?? "(as the document sets it)")"
      }
      return GatewayBinding(
        target: .live, overrides: [:], workingDirectory: workingDirectory,
        description:
          "running against live gateways: \(named.joined(separator: ", ")); .env from \(workingDirectory)"
      )
    case .simulator:
      let simulator = try await EmbeddedGateway.shared.simulator()
      var overrides: [String: String] = [:]
      var unmatched: [String] = []
      for variable in variables {
        guard
          let listener = GatewaySimulator.defaultPorts.first(where: { $0.value == variable.port })?
            .key
        else {
          unmatched.append(variable.name)
          continue
        }
        overrides[variable.name] = simulator.baseURL(listener) + variable.path
      }
      let pointed = overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      var description =
        "running against the embedded gateway simulator: \(pointed.joined(separator: ", "))"
      if !unmatched.isEmpty {
        description += "; not simulated: \(unmatched.joined(separator: ", "))"
      }
      return GatewayBinding(
        target: .simulator, overrides: overrides,
        workingDirectory: try EmbeddedGateway.workingDirectory(for: simulator),
        description: description, settleURL: simulator.settleURL)
    }
  }

  /// Removes what the binding made: a simulator binding's private working directory and its
  /// `.env`. A live binding's directory is the user's and stays. Should the process end
  /// before (a signal, a crash, `exit`), `SecretFileCleanup` removes the `.env` and the
  /// directory.
  public func release() {
    guard target == .simulator else { return }
    try? FileManager.default.removeItem(atPath: workingDirectory)
    SecretFileCleanup.unregister(directory: workingDirectory)
  }
}
