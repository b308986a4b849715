import AsyncHTTPClient
import Foundation
import GatewaySimulator
import Testing

@Suite struct GatewaySimulatorTests {
  @Test func listenersGetDistinctFreePortsAndAnEnvironmentFile() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let sim = client.simulator
      let ports = Set(GatewaySimulator.Listener.allCases.map { sim.port($0) })
      #expect(ports.count == GatewaySimulator.Listener.allCases.count)
      #expect(!ports.contains(0))
      #expect(sim.baseURL(.auth) == "http://127.0.0.1:\(sim.port(.auth))")
      #expect(sim.environmentFile == ["GOMODEL_MASTER_KEY": "test-master-key"])
    }
  }

  @Test func defaultPortsAreTheReleaseSetups() {
    #expect(GatewaySimulator.defaultPorts[.main] == 18080)
    #expect(GatewaySimulator.defaultPorts[.guardrail] == 18083)
    #expect(GatewaySimulator.defaultPorts[.auth] == 8080)
    #expect(GatewaySimulator.defaultPorts[.releaseAuth] == 18084)
  }

  @Test func emptyMasterKeyIsRefused() async {
    await #expect(throws: GatewaySimulator.StartError.self) {
      _ = try await GatewaySimulator.start(.init(masterKey: ""))
    }
  }

  @Test func unknownRoutesAreJSON404s() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let reply = try await client.send(.main, .GET, "/no/such/route")
      #expect(reply.status == 404)
      #expect(reply.errorType == "not_found_error")
    }
  }

  @Test func eachListenerKeepsItsOwnState() async throws {
    try await withSimulator { (client: SimClient) async throws in
      _ = try await client.chat(.postgres, say: "Reply with exactly PG")
      let pg = try await client.send(.postgres, .GET, "/admin/api/v1/usage/summary")
      let mongo = try await client.send(.mongo, .GET, "/admin/api/v1/usage/summary")
      #expect(pg.json["total_requests"] as? Int == 1)
      #expect(mongo.json["total_requests"] as? Int == 0)
    }
  }

  @Test func shutdownReleasesThePorts() async throws {
    var ports: [GatewaySimulator.Listener: Int] = [:]
    for listener in GatewaySimulator.Listener.allCases { ports[listener] = 0 }
    let first = try await GatewaySimulator.start(.init(ports: ports, masterKey: "k"))
    var reuse: [GatewaySimulator.Listener: Int] = [:]
    for listener in GatewaySimulator.Listener.allCases { reuse[listener] = first.port(listener) }
    await first.shutdown()
    let second = try await GatewaySimulator.start(.init(ports: reuse, masterKey: "k"))
    #expect(second.port(.main) == reuse[.main])
    await second.shutdown()
  }
}
