import Testing

@Suite struct BatchRoutesTests {
  static let line =
    #"{"custom_id":"c1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1-nano","messages":[{"role":"user","content":"hi"}]}}"#

  @Test func fileBatchTakesTheFilesProviderThenLivesThroughCancel() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let file = try await client.upload(purpose: "batch", filename: "b.jsonl", content: Self.line)
      let fileID = try #require(file.json["id"] as? String)
      let inferred = try await client.send(
        .main, .POST, "/v1/batches",
        json: #"{"input_file_id":"\#(fileID)","endpoint":"/v1/chat/completions"}"#)
      #expect(inferred.status == 200)
      #expect(inferred.json[path: "metadata.provider"] as? String == "openai")
      let created = try await client.send(
        .main, .POST, "/v1/batches",
        json:
          #"{"input_file_id":"\#(fileID)","endpoint":"/v1/chat/completions","metadata":{"provider":"openai"}}"#
      )
      #expect(created.json["provider"] as? String == "openai")
      let id = try #require(created.json["id"] as? String)

      let list = try await client.send(.main, .GET, "/v1/batches?limit=5")
      #expect(list.json[path: "data.0.id"] as? String == id)
      let results = try await client.send(.main, .GET, "/v1/batches/\(id)/results")
      #expect(results.status == 409)
      #expect(results.errorType == "invalid_request_error")
      let cancelled = try await client.send(.main, .POST, "/v1/batches/\(id)/cancel")
      #expect(cancelled.json["status"] as? String == "cancelled")
      let fetched = try await client.send(.main, .GET, "/v1/batches/\(id)")
      #expect(fetched.json["status"] as? String == "cancelled")
    }
  }

  @Test func inlineBatchInfersProviderAndMixedAliasIsRejected() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let inline = try await client.send(
        .main, .POST, "/v1/batches",
        json:
          #"{"endpoint":"/v1/chat/completions","requests":[{"custom_id":"a","body":{"model":"claude-sonnet-4-6","messages":[]}}]}"#
      )
      #expect(inline.json["provider"] as? String == "anthropic")
      _ = try await client.send(
        .main, .PUT, "/admin/api/v1/aliases/sonnet-alias",
        json: #"{"target_model":"claude-sonnet-4-6","target_provider":"anthropic"}"#)
      let mixedLine = Self.line.replacingOccurrences(of: "gpt-4.1-nano", with: "sonnet-alias")
      let file = try await client.upload(purpose: "batch", filename: "m.jsonl", content: mixedLine)
      let fileID = try #require(file.json["id"] as? String)
      let mixed = try await client.send(
        .main, .POST, "/v1/batches",
        json: #"{"input_file_id":"\#(fileID)","metadata":{"provider":"openai"}}"#)
      #expect(mixed.status == 400)
      #expect(mixed.errorType == "invalid_request_error")
    }
  }
}
