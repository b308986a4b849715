import Testing

@Suite struct ResponsesRoutesTests {
  @Test func createsStoresAndDeletesAResponse() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let created = try await client.send(
        .main, .POST, "/v1/responses",
        json:
          #"{"model":"gpt-4.1-mini","input":"Reply with exactly: RESP_REPLY_1","max_output_tokens":20}"#
      )
      #expect(created.json["status"] as? String == "completed")
      #expect(created.json[path: "output.0.content.0.text"] as? String == "RESP_REPLY_1")
      let id = try #require(created.json["id"] as? String)
      let fetched = try await client.send(.main, .GET, "/v1/responses/\(id)")
      #expect(fetched.json["id"] as? String == id)
      let items = try await client.send(.main, .GET, "/v1/responses/\(id)/input_items")
      #expect(
        items.json[path: "data.0.content.0.text"] as? String == "Reply with exactly: RESP_REPLY_1")
      #expect(try await client.send(.main, .DELETE, "/v1/responses/\(id)").status == 200)
      #expect(try await client.send(.main, .GET, "/v1/responses/\(id)").status == 404)
    }
  }

  @Test func streamsEventsEndingWithCompletedUsage() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let reply = try await client.send(
        .main, .POST, "/v1/responses",
        json: #"{"model":"gpt-4.1-mini","stream":true,"input":"Reply with exactly RS_1"}"#)
      let types = reply.events.compactMap { $0["type"] as? String }
      #expect(types.first == "response.created")
      #expect(types.last == "response.completed")
      let deltas = reply.events.filter { $0["type"] as? String == "response.output_text.delta" }
      #expect(deltas.compactMap { $0["delta"] as? String }.joined() == "RS_1")
      #expect((reply.events.last?[path: "response.usage.total_tokens"] as? Int ?? 0) > 0)
    }
  }
}
