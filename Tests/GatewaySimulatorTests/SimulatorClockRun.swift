import Foundation
import GatewaySimulator
import ScenarioRuntime
import SpecCompiler
import Testing

/// A compiled document run against a fresh simulator on free ports, in virtual or real time:
/// what the virtual-time suites share.
struct SimulatorClockRun {
  let simulator: GatewaySimulator
  let transport = HTTPClientTransport()
  let work: String
  let runner: DocumentRunner

  /// Compiles `markdown`, starts a simulator (`latency`, `heartbeat`: its streams' first-token
  /// pause and the live feed's heartbeat) and a runner against it, `$BASE` its main listener.
  init(
    _ markdown: String, virtual: Bool, limit: Double, latency: Duration = .milliseconds(800),
    heartbeat: Duration = .seconds(5)
  ) async throws {
    let output = DocumentCompiler.compile(markdown: markdown, file: "clock.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    var ports: [GatewaySimulator.Listener: Int] = [:]
    for listener in GatewaySimulator.Listener.allCases { ports[listener] = 0 }
    simulator = try await GatewaySimulator.start(
      .init(
        ports: ports, masterKey: "clock-master-key", streamLatency: latency,
        liveHeartbeat: heartbeat))
    work =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "virtual-sim-\(UUID().uuidString.prefix(8))"
      ).path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    var configuration = RunnerConfiguration(
      documentStem: "clock", environment: ["PATH": "/usr/bin:/bin", "HOME": work],
      overrides: ["BASE": simulator.baseURL(.main)], qaSuffix: "clock",
      runDirectory: work + "/run", outputDirectory: work + "/logs", timeout: limit,
      keepArtifacts: false, workingDirectory: work, transport: transport)
    configuration.virtualTime = virtual
    configuration.settleURL = simulator.settleURL
    runner = DocumentRunner(compiled, configuration: configuration)
  }

  /// Ends the run, stops the simulator and removes the working directory.
  func finish() async {
    await runner.finish()
    try? await transport.shutdown()
    await simulator.shutdown()
    try? FileManager.default.removeItem(atPath: work)
  }
}
