import AsyncHTTPClient
import Foundation
import GatewaySimulator
import NIOCore
import Testing

@Suite struct LiveRoutesTests {
  /// The live feed's text read for `duration` while `during` runs.
  static func capture(
    _ client: SimClient, _ query: String, for duration: Duration,
    during: @escaping @Sendable () async throws -> Void = {}
  ) async throws -> String {
    var request = HTTPClientRequest(
      url: client.simulator.baseURL(.main) + "/admin/live/logs" + query)
    request.method = .GET
    let response = try await client.http.execute(request, timeout: .seconds(30))
    let collected = Task {
      var text = ""
      do {
        for try await buffer in response.body { text += String(buffer: buffer) }
      } catch {}
      return text
    }
    try await Task.sleep(for: .milliseconds(200))
    try await during()
    try await Task.sleep(for: duration)
    collected.cancel()
    return await collected.value
  }

  @Test func sendsResetHeartbeatsAndFilteredEvents() async throws {
    var ports: [GatewaySimulator.Listener: Int] = [:]
    for listener in GatewaySimulator.Listener.allCases { ports[listener] = 0 }
    let simulator = try await GatewaySimulator.start(
      .init(ports: ports, masterKey: "k", liveHeartbeat: .milliseconds(300)))
    let http = HTTPClient(eventLoopGroupProvider: .singleton)
    // A client dropped without shutdown() traps in its deinit: a throw below (a request
    // that fails under load) must not take the whole test process with it.
    do {
      let client = SimClient(simulator: simulator, http: http)
      let text = try await Self.capture(client, "?types=usage", for: .milliseconds(700)) {
        _ = try await client.chat(
          say: "Reply with exactly LIVE", headers: [("X-Request-ID", "live-1")])
      }
      #expect(text.hasPrefix("event: reset\n"))
      #expect(text.contains("event: heartbeat\n"))
      #expect(text.contains("event: usage.created\n"))
      #expect(!text.contains("event: audit."))
      #expect(text.contains("live-1"))
      let replay = try await Self.capture(client, "?cursor=0", for: .milliseconds(100))
      #expect(replay.contains("event: audit.created\n"))
      let bad = try await client.send(.main, .GET, "/admin/live/logs?cursor=x")
      #expect(bad.status == 400)
    } catch {
      try? await http.shutdown()
      await simulator.shutdown()
      throw error
    }
    try await http.shutdown()
    await simulator.shutdown()
  }
}
