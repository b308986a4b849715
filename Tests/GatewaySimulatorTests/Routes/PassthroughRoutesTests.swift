import Testing

@Suite struct PassthroughRoutesTests {
  @Test func normalizesV1AndServesProviderNativeShapes() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let body =
        #"{"model":"gpt-4.1-nano","messages":[{"role":"user","content":"Reply with exactly P"}]}"#
      for path in ["/p/openai/v1/chat/completions", "/p/openai/chat/completions"] {
        let reply = try await client.send(.main, .POST, path, json: body)
        #expect(reply.json[path: "choices.0.message.content"] as? String == "P", "\(path)")
      }
      let anthropic = try await client.send(
        .main, .POST, "/p/anthropic/v1/messages",
        json:
          #"{"model":"claude-sonnet-4-6","max_tokens":64,"messages":[{"role":"user","content":"Reply with exactly A"}]}"#
      )
      #expect(anthropic.json["type"] as? String == "message")
      #expect(anthropic.json[path: "content.0.text"] as? String == "A")
    }
  }

  @Test func errorsAreNormalizedAndUnknownProvidersAudited() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let noModel = try await client.send(
        .main, .POST, "/p/openai/v1/chat/completions", json: #"{"messages":[]}"#)
      #expect(noModel.status == 400)
      #expect(noModel.errorType == "invalid_request_error")
      let unknown = try await client.send(
        .main, .POST, "/p/not-a-provider/responses", headers: [("X-Request-ID", "pp-1")],
        json: #"{"model":"gpt-4.1-nano","input":"x"}"#)
      #expect(unknown.status == 400)
      let audit = try await client.send(.main, .GET, "/admin/api/v1/audit/log?search=pp-1")
      #expect(audit.json[path: "entries.0.provider"] as? String == "not-a-provider")
      #expect(audit.json[path: "entries.0.model"] as? String == "gpt-4.1-nano")
    }
  }

  @Test func streamsSSE() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let reply = try await client.send(
        .main, .POST, "/p/openai/v1/chat/completions",
        json:
          #"{"model":"gpt-4.1-nano","stream":true,"messages":[{"role":"user","content":"Reply with exactly S"}]}"#
      )
      #expect(
        reply.events.compactMap { $0[path: "choices.0.delta.content"] as? String }.joined() == "S")
      #expect(reply.text.contains("data: [DONE]"))
    }
  }
}
