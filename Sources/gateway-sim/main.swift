import ArgumentParser
import Foundation
import GatewaySimulator

/// Runs the gateway simulator until SIGINT or SIGTERM.
struct GatewaySim: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gateway-sim",
    abstract: "A stateful, in-memory stand-in for the GoModel gateways of a release e2e setup.",
    discussion: """
      Listens on 127.0.0.1: main 18080, postgres 18081, mongo 18082, guardrail 18083,
      auth 8080, release-auth 18084. The auth listeners' master key comes from --master-key, else
      $GOMODEL_MASTER_KEY, else the GOMODEL_MASTER_KEY= line of ./.env. The key is never
      printed.
      """)

  @Option(name: .customLong("host"), help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(
    name: .customLong("port"),
    help:
      "A listener's port as LISTENER=PORT (main, postgres, mongo, guardrail, auth, release-auth); repeatable. 0 picks a free port."
  )
  var ports: [String] = []

  @Option(help: "Seconds until audit and usage entries become visible (default 0).")
  var flushDelay: Double = 0

  @Option(help: "The auth listener's master key.")
  var masterKey: String?

  @Option(help: "Seeds managed key values: the same seed, the same keys (default 0).")
  var seed: UInt64 = 0

  @Option(
    help:
      "The gateway release to follow where releases differ: \(GatewaySimulator.Release.allCases.map(\.rawValue).joined(separator: ", ")) (default automatic)."
  )
  var release: String = GatewaySimulator.Release.automatic.rawValue

  @Flag(help: "Timestamps from the wall clock instead of the reproducible virtual clock.")
  var wallClock = false

  func run() async throws {
    var portMap = GatewaySimulator.defaultPorts
    for spec in ports {
      let pair = spec.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2, let listener = GatewaySimulator.Listener(rawValue: pair[0]),
        let port = Int(pair[1]), (0...65535).contains(port)
      else {
        throw ValidationError("--port takes LISTENER=PORT, e.g. --port main=18080 (got \(spec))")
      }
      portMap[listener] = port
    }
    guard let release = GatewaySimulator.Release(rawValue: release) else {
      throw ValidationError(
        "--release takes \(GatewaySimulator.Release.allCases.map(\.rawValue).joined(separator: ", ")) (got \(release))"
      )
    }
    guard let key = resolveMasterKey() else {
      FileHandle.standardError.write(
        Data(
          ("gateway-sim: no master key: pass --master-key KEY, set GOMODEL_MASTER_KEY, "
            + "or run from a directory whose .env has a GOMODEL_MASTER_KEY= line\n").utf8))
      throw ExitCode(64)
    }
    let simulator = try await GatewaySimulator.start(
      .init(
        host: host, ports: portMap, masterKey: key,
        flushDelay: .milliseconds(Int(flushDelay * 1000)), seed: seed,
        clock: wallClock ? .system : .stepping(from: SimulatorClock.defaultStart),
        release: release))
    for listener in GatewaySimulator.Listener.allCases {
      print("gateway-sim: \(listener.rawValue) listening on \(simulator.baseURL(listener))")
    }
    fflush(nil)
    await waitForSignal()
    await simulator.shutdown()
  }

  func resolveMasterKey() -> String? {
    if let masterKey, !masterKey.isEmpty { return masterKey }
    if let value = ProcessInfo.processInfo.environment["GOMODEL_MASTER_KEY"], !value.isEmpty {
      return value
    }
    guard let text = try? String(contentsOfFile: ".env", encoding: .utf8) else { return nil }
    for line in text.split(whereSeparator: \.isNewline) {
      var line = line.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("export ") { line = String(line.dropFirst(7)) }
      guard line.hasPrefix("GOMODEL_MASTER_KEY=") else { continue }
      var value = String(line.dropFirst("GOMODEL_MASTER_KEY=".count))
      if value.count >= 2, let first = value.first, first == "\"" || first == "'",
        value.last == first
      {
        value = String(value.dropFirst().dropLast())
      }
      if !value.isEmpty { return value }
    }
    return nil
  }

  /// Suspends until SIGINT or SIGTERM.
  func waitForSignal() async {
    signal(SIGINT, SIG_IGN)
    signal(SIGTERM, SIG_IGN)
    let (stream, continuation) = AsyncStream<Int32>.makeStream()
    let sources = [SIGINT, SIGTERM].map { number in
      let source = DispatchSource.makeSignalSource(signal: number)
      source.setEventHandler { continuation.yield(number) }
      source.resume()
      return source
    }
    for await _ in stream { break }
    for source in sources { source.cancel() }
  }
}

// Top-level code instead of `@main`, which needs `main.swift` renamed.
do {
  let command = try GatewaySim.parse()
  try await command.run()
} catch {
  GatewaySim.exit(withError: error)
}
