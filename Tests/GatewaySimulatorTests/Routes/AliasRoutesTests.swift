import Testing

@Suite struct AliasRoutesTests {
  @Test func putListResolveDelete() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let put = try await client.send(
        .main, .PUT, "/admin/api/v1/aliases/my-alias",
        json: #"{"target_model":"gpt-4.1-nano","target_provider":"openai","description":"d"}"#)
      #expect(put.json["name"] as? String == "my-alias")
      let list = try await client.send(.main, .GET, "/admin/api/v1/aliases")
      #expect(list.array.compactMap { $0["name"] as? String } == ["my-alias"])
      let models = try await client.send(.main, .GET, "/v1/models")
      let data = models.json["data"] as? [[String: Any]] ?? []
      #expect(
        data.contains { $0["id"] as? String == "my-alias" && $0["owned_by"] as? String == "openai" }
      )
      let chat = try await client.chat(model: "my-alias", say: "Reply with exactly AL")
      #expect(chat.json["provider"] as? String == "openai")
      #expect(try await client.send(.main, .DELETE, "/admin/api/v1/aliases/my-alias").status == 204)
      #expect(try await client.send(.main, .DELETE, "/admin/api/v1/aliases/my-alias").status == 404)
      #expect(try await client.chat(model: "my-alias", say: "x").status == 400)
    }
  }

  @Test func rejectsUnknownTargets() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let reply = try await client.send(
        .main, .PUT, "/admin/api/v1/aliases/bad", json: #"{"target_model":"nope"}"#)
      #expect(reply.status == 400)
    }
  }
}
