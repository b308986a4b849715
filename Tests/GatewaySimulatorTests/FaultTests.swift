import AsyncHTTPClient
import Foundation
import GatewaySimulator
import Testing

@Suite struct FaultTests {
  @Test func statusOverrideAppliesToMatchingRoutesUntilCleared() async throws {
    try await withSimulator { (client: SimClient) async throws in
      client.simulator.inject(
        Fault(
          method: "POST", path: .exact("/v1/chat/completions"), kind: .status(503, message: "down")),
        on: .main)
      let failed = try await client.chat(say: "x")
      #expect(failed.status == 503)
      #expect((failed.json["error"] as? [String: Any])?["message"] as? String == "down")
      #expect(try await client.chat(.postgres, say: "x").status == 200)
      #expect(try await client.send(.main, .GET, "/health").status == 200)
      client.simulator.clearFaults()
      #expect(try await client.chat(say: "x").status == 200)
    }
  }

  @Test func latencyDelaysTheAnswer() async throws {
    try await withSimulator { (client: SimClient) async throws in
      client.simulator.inject(
        Fault(path: .prefix("/health"), kind: .latency(.milliseconds(400))), on: .main)
      let start = ContinuousClock.now
      #expect(try await client.send(.main, .GET, "/health").status == 200)
      #expect(ContinuousClock.now - start >= .milliseconds(400))
    }
  }

  @Test func malformedJSONIsNotParseable() async throws {
    try await withSimulator { (client: SimClient) async throws in
      client.simulator.inject(Fault(path: .prefix("/v1/"), kind: .malformedJSON), on: .main)
      let reply = try await client.chat(say: "x")
      #expect(reply.headers.first(name: "Content-Type") == "application/json")
      #expect((try? JSONSerialization.jsonObject(with: Data(reply.text.utf8))) == nil)
    }
  }

  @Test func truncatedStreamStopsBeforeUsageAndDone() async throws {
    try await withSimulator { (client: SimClient) async throws in
      client.simulator.inject(Fault(path: .prefix("/v1/chat"), kind: .truncatedStream), on: .main)
      let reply = try await client.chat(say: "Reply with exactly TRUNC", stream: true)
      #expect(
        reply.events.compactMap { $0[path: "choices.0.delta.content"] as? String }.joined()
          == "TRUNC")
      #expect(!reply.text.contains("[DONE]"))
      #expect(!reply.events.contains { $0["usage"] != nil })
    }
  }

  @Test func droppedConnectionSendsNoResponse() async throws {
    try await withSimulator { (client: SimClient) async throws in
      client.simulator.inject(Fault(path: .exact("/health"), kind: .droppedConnection), on: .main)
      await #expect(throws: (any Error).self) {
        _ = try await client.send(.main, .GET, "/health", timeout: .seconds(5))
      }
      #expect(try await client.send(.main, .GET, "/v1/models").status == 200)
    }
  }
}
