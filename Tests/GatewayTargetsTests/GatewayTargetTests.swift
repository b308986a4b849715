import Foundation
import SpecModel
import Testing

@testable import GatewayTargets

@Suite struct GatewayTargetTests {
  static func document(_ assignments: [(String, Template)]) -> SpecDocument {
    var document = SpecDocument(source: "doc.md", title: "Doc")
    document.environments = [
      Environment(
        id: "common-environment", title: "Common environment",
        steps: assignments.enumerated().map { index, pair in
          Step(
            line: index + 1,
            .assign(Assignment(name: pair.0, value: pair.1, exported: true, local: false)))
        })
    ]
    return document
  }

  @Test func localURLsInSetupAssignmentsAreGatewayVariables() {
    let document = Self.document([
      ("BASE_URL", "http://localhost:18080"),
      ("API_URL", "http://127.0.0.1:8080/v1"),
      (
        "PG_URL",
        Template([
          .expansion(
            ParameterExpansion(
              name: "PG_URL",
              operation: .useDefault("http://localhost:18081", nullIsUnset: true)))
        ])
      ),
      ("REMOTE", "https://api.example.com"),
      ("NAME", "qa-alias"),
      ("BASE_URL", "http://localhost:9999"),
    ])
    #expect(
      GatewayVariable.all(in: document) == [
        GatewayVariable(name: "BASE_URL", port: 18080, path: ""),
        GatewayVariable(name: "API_URL", port: 8080, path: "/v1"),
        GatewayVariable(name: "PG_URL", port: 18081, path: ""),
      ])
  }

  @Test func theTargetIsTheSimulatorUnlessOneIsConfigured() {
    let variables = [GatewayVariable(name: "BASE_URL", port: 18080, path: "")]
    #expect(GatewayTarget.select(environment: [:], gatewayVariables: variables) == .simulator)
    #expect(
      GatewayTarget.select(environment: ["BASE_URL": "http://gw"], gatewayVariables: variables)
        == .live)
    #expect(
      GatewayTarget.select(environment: ["E2E_TARGET": "live"], gatewayVariables: variables)
        == .live)
    #expect(
      GatewayTarget.select(
        environment: ["E2E_TARGET": "sim", "BASE_URL": "http://gw"], gatewayVariables: variables)
        == .simulator)
  }

  @Test func theSimulatorBindingPointsVariablesAtItsListenersAndWritesAPrivateEnv() async throws {
    let document = Self.document([
      ("BASE_URL", "http://localhost:18080"), ("AUTH_URL", "http://localhost:8080/api"),
      ("OTHER", "http://localhost:9999"),
    ])
    let binding = try await GatewayBinding.resolve(
      document, target: .simulator, environment: [:], workingDirectory: "/nowhere")
    defer { try? FileManager.default.removeItem(atPath: binding.workingDirectory) }
    let base = try #require(binding.overrides["BASE_URL"])
    #expect(base.hasPrefix("http://127.0.0.1:") && base != "http://127.0.0.1:18080")
    #expect(binding.overrides["AUTH_URL"]?.hasSuffix("/api") == true)
    #expect(binding.overrides["OTHER"] == nil)
    #expect(binding.description.contains("not simulated: OTHER"))
    let env = binding.workingDirectory + "/.env"
    let attributes = try FileManager.default.attributesOfItem(atPath: env)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let text = try String(contentsOfFile: env, encoding: .utf8)
    #expect(text.hasPrefix("GOMODEL_MASTER_KEY=sim-"))
    // The key is never part of what the run prints.
    #expect(!binding.description.contains("sim-"))
    let directoryMode =
      try FileManager.default.attributesOfItem(
        atPath: binding.workingDirectory)[.posixPermissions] as? Int
    #expect(directoryMode == 0o700)
    // Registered, so that a signal or exit removes it too; released, it is forgotten.
    #expect(SecretFileCleanup.registered.contains(env))
    binding.release()
    #expect(!FileManager.default.fileExists(atPath: binding.workingDirectory))
    #expect(!SecretFileCleanup.registered.contains(env))
  }

  @Test func removeAllDeletesRegisteredFilesAndDirectories() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cleanup-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let file = directory + "/.env"
    try "KEY=value\n".write(toFile: file, atomically: false, encoding: .utf8)
    SecretFileCleanup.register(directory: directory, files: [file])
    SecretFileCleanup.removeAll()
    #expect(!FileManager.default.fileExists(atPath: directory))
    #expect(!SecretFileCleanup.registered.contains(file))
  }
}
