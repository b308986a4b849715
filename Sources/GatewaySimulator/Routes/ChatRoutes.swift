import HTTPTypes
import Hummingbird
import ServerKit

/// `POST /v1/chat/completions`.
enum ChatRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.post("/v1/chat/completions") { request, context in
      var request = request
      let body = try await request.jsonBody()
      return try chatCompletion(body: body, gateway: gateway, context: context)
    }
  }

  /// Answers a chat completion request body; `provider` pins the provider (passthrough).
  static func chatCompletion(
    body: JSON, gateway: Gateway, context: SimContext, provider: String? = nil
  ) throws -> Response {
    let call = ModelCall(gateway: gateway, trace: context.trace)
    let stream = body["stream"]?.bool ?? false
    context.trace.update { $0.stream = stream }
    let resolved = try call.resolve(body["model"]?.string, provider: provider)
    guard let messages = body["messages"]?.array, !messages.isEmpty else {
      throw GatewayError.invalidRequest(
        "messages must be a non-empty array", code: "missing_messages")
    }
    guard resolved.model.category == "text_generation" else {
      throw GatewayError.invalidRequest(
        "model \(resolved.requested) does not support chat completions", code: "unsupported_model")
    }
    if body["reasoning"] != nil, resolved.provider == "openai" {
      throw GatewayError.invalidRequest(
        "unsupported parameter: 'reasoning' is not supported with chat completions on openai; "
          + "use reasoning_effort or /v1/responses", code: "unsupported_parameter")
    }
    let features = try call.features(for: resolved)
    let cacheKey = call.cacheKey(endpoint: "/v1/chat/completions", body: body)
    if features.cache, !stream, let hit = call.cachedResponse(key: cacheKey) { return hit }

    let prompt = Prompt(messages: messages).guarded(by: features.guardrail)
    let answer = FakeModel.answer(to: prompt)
    let usage = FakeModel.usage(
      prompt: prompt, answer: answer, model: resolved.model,
      reasoningRequested: body["reasoning"] != nil || body["reasoning_effort"] != nil)
    let id = call.nextID("chatcmpl-")
    let created = gateway.now
    let model = resolved.responseModel
    let completion: JSON = [
      "id": .string(id), "object": "chat.completion", "created": JSON(created),
      "model": .string(model), "provider": .string(resolved.provider),
      "choices": [
        [
          "index": 0, "message": ["role": "assistant", "content": .string(answer)],
          "finish_reason": "stop",
        ]
      ],
      "usage": usage.chatJSON,
    ]
    call.finish(body: completion, usage: usage, stream: stream)
    guard stream else {
      if features.cache {
        call.store(key: cacheKey, body: completion, resolved: resolved, usage: usage)
      }
      return Response.json(completion)
    }
    func chunk(_ delta: JSON, finish: String?, usage: JSON? = nil) -> JSON {
      var chunk: JSON = [
        "id": .string(id), "object": "chat.completion.chunk", "created": JSON(created),
        "model": .string(model), "provider": .string(resolved.provider),
        "choices": usage == nil
          ? [["index": 0, "delta": delta, "finish_reason": finish.map { .string($0) } ?? nil]]
          : [],
      ]
      if let usage { chunk["usage"] = usage }
      return chunk
    }
    var events: [SSEEvent] = [.data(chunk(["role": "assistant", "content": ""], finish: nil))]
    events += FakeModel.chunks(answer).map { .data(chunk(["content": .string($0)], finish: nil)) }
    events.append(.data(chunk([:], finish: "stop")))
    events.append(.data(chunk([:], finish: nil, usage: usage.chatJSON), final: true))
    events.append(.done)
    return .eventStream(
      events, truncated: context.trace.snapshot.truncateStream, latency: gateway.streamLatency,
      timeline: gateway.timeline)
  }
}
