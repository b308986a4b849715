import Testing

@Suite struct EmbeddingRoutesTests {
  @Test func embedsEachInputDeterministically() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let body = #"{"model":"text-embedding-3-small","input":["one","two"]}"#
      let first = try await client.send(.main, .POST, "/v1/embeddings", json: body)
      let data = try #require(first.json["data"] as? [[String: Any]])
      #expect(data.count == 2)
      #expect((data[0]["embedding"] as? [Double])?.count == 1536)
      let second = try await client.send(.main, .POST, "/v1/embeddings", json: body)
      #expect(first.text == second.text)
      let chatModel = try await client.send(
        .main, .POST, "/v1/embeddings", json: #"{"model":"gpt-4.1-nano","input":"x"}"#)
      #expect(chatModel.status == 400)
    }
  }
}
