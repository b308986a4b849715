import GatewaySimulator
import Testing

@Suite struct VirtualModelRoutesTests {
  @Test func createResolveDelete() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let put = try await client.send(
        .main, .PUT, "/admin/virtual-models",
        json: #"{"source":"vm-1","target_model":"anthropic/claude-sonnet-4-6","description":"d"}"#)
      #expect(put.json["kind"] as? String == "redirect")
      #expect(put.json["resolved_model"] as? String == "anthropic/claude-sonnet-4-6")
      #expect(put.json["provider_type"] as? String == "anthropic")
      #expect(put.json[path: "targets.0.model"] as? String == "claude-sonnet-4-6")
      let chat = try await client.chat(model: "vm-1", say: "Reply with exactly VM")
      #expect(chat.json["provider"] as? String == "anthropic")
      let list = try await client.send(.main, .GET, "/admin/virtual-models")
      #expect(list.array.compactMap { $0["source"] as? String } == ["vm-1"])
      let delete = try await client.send(
        .main, .DELETE, "/admin/virtual-models", json: #"{"source":"vm-1"}"#)
      #expect(delete.status == 204)
      // The current release: a model nobody serves is not found.
      let gone = try await client.chat(model: "vm-1", say: "x")
      #expect(gone.status == 404)
      #expect(gone.json[path: "error.code"] as? String == "model_not_found")
    }
  }

  @Test func theAliasesAPISwitchesToThe2026_05Release() async throws {
    try await withSimulator { (client: SimClient) async throws in
      #expect(try await client.chat(model: "nope", say: "x").status == 404)
      _ = try await client.send(.main, .GET, "/admin/aliases")
      let old = try await client.chat(model: "nope", say: "x")
      #expect(old.status == 400)
      #expect(old.errorType == "invalid_request_error")
    }
  }
}
