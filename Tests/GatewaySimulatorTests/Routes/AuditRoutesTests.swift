import Testing

@Suite struct AuditRoutesTests {
  @Test func searchRequestIDLimitAndConversation() async throws {
    try await withSimulator { (client: SimClient) async throws in
      _ = try await client.chat(
        say: "Reply with exactly A1", headers: [("X-Request-ID", "audit-one")])
      _ = try await client.chat(
        say: "Reply with exactly A2", headers: [("X-Request-ID", "audit-two")])
      let search = try await client.send(.main, .GET, "/admin/api/v1/audit/log?search=audit-one")
      #expect(search.json["total"] as? Int == 1)
      #expect(
        search.json[path: "entries.0.data.response_body.choices.0.message.content"] as? String
          == "A1")
      let limited = try await client.send(.main, .GET, "/admin/api/v1/audit/log?limit=1")
      #expect(limited.json["total"] as? Int == 2)
      #expect(limited.json[path: "entries.0.request_id"] as? String == "audit-two")
      let exact = try await client.send(.main, .GET, "/admin/api/v1/audit/log?request_id=audit")
      #expect(exact.json["total"] as? Int == 0)

      let first = try await client.send(
        .main, .POST, "/v1/responses", json: #"{"model":"gpt-4.1-mini","input":"one"}"#)
      let firstID = try #require(first.json["id"] as? String)
      _ = try await client.send(
        .main, .POST, "/v1/responses", headers: [("X-Request-ID", "turn-2")],
        json: #"{"model":"gpt-4.1-mini","input":"two","previous_response_id":"\#(firstID)"}"#)
      let anchor = try await client.send(.main, .GET, "/admin/api/v1/audit/log?request_id=turn-2")
      let anchorID = try #require(anchor.json[path: "entries.0.id"] as? String)
      let thread = try await client.send(
        .main, .GET, "/admin/api/v1/audit/conversation?log_id=\(anchorID)&limit=5")
      #expect(thread.json["anchor_id"] as? String == anchorID)
      #expect((thread.json["entries"] as? [Any])?.count == 2)
      let missing = try await client.send(
        .main, .GET, "/admin/api/v1/audit/conversation?log_id=nope")
      #expect(missing.status == 404)
    }
  }
}
