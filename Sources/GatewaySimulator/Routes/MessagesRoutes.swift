import HTTPTypes
import Hummingbird
import ServerKit

/// Anthropic's Messages API: `POST /v1/messages` (translated to any provider) and
/// `/v1/messages/count_tokens`; errors use Anthropic's envelope.
enum MessagesRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.post("/v1/messages") { request, context in
      var request = request
      do {
        let body = try await request.jsonBody()
        return try message(body: body, gateway: gateway, context: context)
      } catch let error as GatewayError {
        context.trace.update {
          $0.responseBody = anthropicError(error)
          $0.errorType = error.type
          $0.errorMessage = error.message
        }
        return Response.json(anthropicError(error), status: error.status)
      }
    }
    router.post("/v1/messages/count_tokens") { request, context in
      var request = request
      let body = try await request.jsonBody()
      _ = try ModelCall(gateway: gateway, trace: context.trace).resolve(body["model"]?.string)
      let prompt = prompt(of: body)
      return Response.json(["input_tokens": JSON(prompt.inputTokens)])
    }
  }

  static func anthropicError(_ error: GatewayError) -> JSON {
    ["type": "error", "error": ["type": .string(error.type), "message": .string(error.message)]]
  }

  static func prompt(of body: JSON) -> Prompt {
    var prompt = Prompt(messages: body["messages"]?.array ?? [])
    if let system = body["system"] {
      prompt.system = Prompt.texts(in: system).0 + prompt.system
    }
    return prompt
  }

  static func message(body: JSON, gateway: Gateway, context: SimContext, provider: String? = nil)
    throws -> Response
  {
    let call = ModelCall(gateway: gateway, trace: context.trace)
    let stream = body["stream"]?.bool ?? false
    context.trace.update { $0.stream = stream }
    let resolved = try call.resolve(body["model"]?.string, provider: provider)
    guard body["max_tokens"]?.int != nil else {
      throw GatewayError.invalidRequest("max_tokens: field required", code: "missing_max_tokens")
    }
    guard let messages = body["messages"]?.array, !messages.isEmpty else {
      throw GatewayError.invalidRequest("messages: at least one message is required")
    }
    let known: Set<String> = [
      "text", "image", "tool_use", "tool_result", "thinking", "redacted_thinking",
    ]
    for message in messages {
      for block in message["content"]?.array ?? [] {
        if let type = block["type"]?.string, !known.contains(type) {
          throw GatewayError.invalidRequest("unsupported content block type: \(type)")
        }
      }
    }
    let features = try call.features(for: resolved)
    let prompt = prompt(of: body).guarded(by: features.guardrail)
    let answer = FakeModel.answer(to: prompt)
    let usage = FakeModel.usage(
      prompt: prompt, answer: answer, model: resolved.model,
      reasoningRequested: body["thinking"] != nil)
    let id = call.nextID("msg_")
    var content: [JSON] = [["type": "text", "text": .string(answer)]]
    var stopReason = "end_turn"
    if let choice = body["tool_choice"], choice["type"]?.string == "tool",
      let name = choice["name"]?.string
    {
      content = [
        [
          "type": "tool_use", "id": .string(call.nextID("toolu_")), "name": .string(name),
          "input": ["answer": .string(answer)],
        ]
      ]
      stopReason = "tool_use"
    }
    let usageJSON: JSON = [
      "input_tokens": JSON(usage.input), "output_tokens": JSON(usage.output + usage.reasoning),
    ]
    let message: JSON = [
      "id": .string(id), "type": "message", "role": "assistant",
      "model": .string(resolved.responseModel), "content": .array(content),
      "stop_reason": .string(stopReason), "stop_sequence": nil, "usage": usageJSON,
    ]
    call.finish(body: message, usage: usage, stream: stream)
    guard stream else { return Response.json(message) }
    var start = message
    start["content"] = []
    start["stop_reason"] = nil
    start["usage"] = ["input_tokens": JSON(usage.input), "output_tokens": 0]
    var events: [SSEEvent] = [
      .data(["type": "message_start", "message": start], event: "message_start"),
      .data(
        [
          "type": "content_block_start", "index": 0,
          "content_block": ["type": "text", "text": ""],
        ], event: "content_block_start"),
    ]
    for piece in FakeModel.chunks(answer) {
      events.append(
        .data(
          [
            "type": "content_block_delta", "index": 0,
            "delta": ["type": "text_delta", "text": .string(piece)],
          ], event: "content_block_delta"))
    }
    events.append(.data(["type": "content_block_stop", "index": 0], event: "content_block_stop"))
    events.append(
      .data(
        [
          "type": "message_delta",
          "delta": ["stop_reason": .string(stopReason), "stop_sequence": nil],
          "usage": ["output_tokens": JSON(usage.output + usage.reasoning)],
        ], event: "message_delta", final: true))
    events.append(.data(["type": "message_stop"], event: "message_stop", final: true))
    return .eventStream(
      events, truncated: context.trace.snapshot.truncateStream, latency: gateway.streamLatency,
      timeline: gateway.timeline)
  }
}
