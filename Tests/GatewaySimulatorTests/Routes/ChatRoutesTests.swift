import Testing

@Suite struct ChatRoutesTests {
  @Test func answersTheInstructedReplyWithUsage() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let reply = try await client.chat(say: "Reply with exactly: CHAT_REPLY_1")
      #expect(reply.status == 200)
      #expect(reply.json[path: "choices.0.message.content"] as? String == "CHAT_REPLY_1")
      #expect(reply.json["provider"] as? String == "openai")
      #expect((reply.json[path: "usage.total_tokens"] as? Int ?? 0) > 0)
    }
  }

  @Test func routesByModelNameAndProviderPrefix() async throws {
    try await withSimulator { (client: SimClient) async throws in
      for (model, provider) in [
        ("claude-sonnet-4-6", "anthropic"), ("gemini-2.5-flash-lite", "gemini"),
        ("llama-3.1-8b-instant", "groq"), ("grok-3-mini", "xai"), ("openai/gpt-4.1-nano", "openai"),
      ] {
        let reply = try await client.chat(model: model, say: "Reply with exactly X")
        #expect(reply.json["provider"] as? String == provider, "\(model)")
      }
      let xai = try await client.chat(model: "grok-3-mini", say: "hi")
      #expect((xai.json[path: "usage.completion_tokens_details.reasoning_tokens"] as? Int ?? 0) > 0)
    }
  }

  @Test func streamsChunksThenUsageThenDone() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let reply = try await client.chat(say: "Reply with exactly STREAM_REPLY_1", stream: true)
      #expect(reply.headers.first(name: "Content-Type") == "text/event-stream")
      let content = reply.events.compactMap { $0[path: "choices.0.delta.content"] as? String }
      #expect(content.joined() == "STREAM_REPLY_1")
      #expect((reply.events.last?[path: "usage.total_tokens"] as? Int ?? 0) > 0)
      #expect(reply.text.hasSuffix("data: [DONE]\n\n"))
    }
  }

  @Test func rejectsUnknownModelsAndOpenAIReasoningButAuditsThem() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let unknown = try await client.chat(
        model: "does-not-exist", say: "hi", headers: [("X-Request-ID", "bad-model-1")])
      #expect(unknown.status == 404)
      #expect(unknown.errorType == "not_found_error")
      let reasoning = try await client.chat(
        model: "gpt-5-nano", say: "hi", extra: #","reasoning":{"effort":"low"}"#)
      #expect(reasoning.status == 400)
      let anthropic = try await client.chat(
        model: "claude-sonnet-4-6", say: "hi", extra: #","reasoning":{"effort":"high"}"#)
      #expect(anthropic.status == 200)
      let audit = try await client.send(
        .main, .GET, "/admin/api/v1/audit/log?request_id=bad-model-1")
      #expect(audit.json[path: "entries.0.model"] as? String == "does-not-exist")
      #expect(audit.json[path: "entries.0.status_code"] as? Int == 404)
      #expect(audit.json[path: "entries.0.error_type"] as? String == "not_found_error")
    }
  }

  @Test func guardrailListenerOverridesTheAnswer() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let reply = try await client.chat(.guardrail, say: "Reply with exactly LEAK")
      let answer = reply.json[path: "choices.0.message.content"] as? String
      #expect(answer != nil)
      #expect(answer != "LEAK")
      let main = try await client.chat(.main, say: "Reply with exactly LEAK")
      #expect(main.json[path: "choices.0.message.content"] as? String == "LEAK")
    }
  }
}
