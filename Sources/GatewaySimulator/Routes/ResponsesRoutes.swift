import HTTPTypes
import Hummingbird
import ServerKit

/// `/v1/responses`: create (streaming or not), retrieve, input items, delete.
enum ResponsesRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.post("/v1/responses") { request, context in
      var request = request
      let body = try await request.jsonBody()
      return try create(body: body, gateway: gateway, context: context)
    }
    router.get("/v1/responses/{id}") { _, context in
      let id = try context.parameters.require("id")
      return Response.json(try stored(id, gateway: gateway).body)
    }
    router.get("/v1/responses/{id}/input_items") { _, context in
      let id = try context.parameters.require("id")
      let items = try stored(id, gateway: gateway).input
      return Response.json([
        "object": "list", "data": .array(items), "first_id": items.first?["id"] ?? nil,
        "last_id": items.last?["id"] ?? nil, "has_more": false,
      ])
    }
    router.delete("/v1/responses/{id}") { _, context in
      let id = try context.parameters.require("id")
      _ = try stored(id, gateway: gateway)
      gateway.withStore { $0.storedResponses[id] = nil }
      return Response.json(["id": .string(id), "object": "response.deleted", "deleted": true])
    }
  }

  static func stored(_ id: String, gateway: Gateway) throws -> StoredResponse {
    guard let response = gateway.withStore({ $0.storedResponses[id] }) else {
      throw GatewayError.notFound("response \(id) not found")
    }
    return response
  }

  /// Answers a Responses API request body; `provider` pins the provider (passthrough).
  static func create(body: JSON, gateway: Gateway, context: SimContext, provider: String? = nil)
    throws -> Response
  {
    let call = ModelCall(gateway: gateway, trace: context.trace)
    let stream = body["stream"]?.bool ?? false
    context.trace.update { $0.stream = stream }
    let resolved = try call.resolve(body["model"]?.string, provider: provider)
    guard let input = body["input"], !input.isNull else {
      throw GatewayError.invalidRequest("input is required", code: "missing_input")
    }
    guard resolved.model.category == "text_generation" else {
      throw GatewayError.invalidRequest(
        "model \(resolved.requested) does not support responses", code: "unsupported_model")
    }
    let features = try call.features(for: resolved)
    let cacheKey = call.cacheKey(endpoint: "/v1/responses", body: body)
    if features.cache, !stream, let hit = call.cachedResponse(key: cacheKey) { return hit }

    let prompt = Prompt(input: input, instructions: body["instructions"]?.string)
      .guarded(by: features.guardrail)
    let answer = FakeModel.answer(to: prompt)
    let usage = FakeModel.usage(
      prompt: prompt, answer: answer, model: resolved.model,
      reasoningRequested: body["reasoning"] != nil)
    let id = call.nextID("resp_")
    let messageID = call.nextID("msg_")
    let created = gateway.now
    let text: JSON = ["type": "output_text", "text": .string(answer), "annotations": []]
    let message: JSON = [
      "id": .string(messageID), "type": "message", "role": "assistant", "status": "completed",
      "content": [text],
    ]
    var output: [JSON] = []
    if usage.reasoning > 0 {
      output.append(["id": .string(call.nextID("rs_")), "type": "reasoning", "summary": []])
    }
    output.append(message)
    func response(status: String, output: [JSON], usage: JSON?) -> JSON {
      [
        "id": .string(id), "object": "response", "created_at": JSON(created),
        "status": .string(status), "model": .string(resolved.responseModel),
        "provider": .string(resolved.provider), "output": .array(output),
        "previous_response_id": body["previous_response_id"] ?? nil,
        "usage": usage ?? nil,
      ]
    }
    let completed = response(status: "completed", output: output, usage: usage.responsesJSON)
    var inputItems: [JSON] = []
    if let text = input.string {
      inputItems = [
        [
          "id": .string(call.nextID("in_")), "type": "message", "role": "user",
          "content": [["type": "input_text", "text": .string(text)]],
        ]
      ]
    } else {
      for var item in input.array ?? [] {
        if item["id"] == nil { item["id"] = .string(call.nextID("in_")) }
        if item["type"] == nil { item["type"] = "message" }
        inputItems.append(item)
      }
    }
    if body["store"]?.bool ?? true {
      gateway.withStore {
        $0.storedResponses[id] = StoredResponse(body: completed, input: inputItems)
      }
    }
    call.finish(body: completed, usage: usage, stream: stream)
    guard stream else {
      if features.cache {
        call.store(key: cacheKey, body: completed, resolved: resolved, usage: usage)
      }
      return Response.json(completed)
    }
    var sequence = 0
    func event(_ type: String, _ fields: JSON, final: Bool = false) -> SSEEvent {
      var payload: JSON = ["type": .string(type), "sequence_number": JSON(sequence)]
      for member in fields.members ?? [] { payload[member.key] = member.value }
      sequence += 1
      return .data(payload, event: type, final: final)
    }
    let inProgress = response(status: "in_progress", output: [], usage: nil)
    var events = [
      event("response.created", ["response": inProgress]),
      event("response.in_progress", ["response": inProgress]),
      event(
        "response.output_item.added",
        [
          "output_index": 0,
          "item": [
            "id": .string(messageID), "type": "message", "role": "assistant",
            "status": "in_progress", "content": [],
          ],
        ]),
      event(
        "response.content_part.added",
        [
          "item_id": .string(messageID), "output_index": 0, "content_index": 0,
          "part": ["type": "output_text", "text": "", "annotations": []],
        ]),
    ]
    for piece in FakeModel.chunks(answer) {
      events.append(
        event(
          "response.output_text.delta",
          [
            "item_id": .string(messageID), "output_index": 0, "content_index": 0,
            "delta": .string(piece),
          ]))
    }
    events.append(
      event(
        "response.output_text.done",
        [
          "item_id": .string(messageID), "output_index": 0, "content_index": 0,
          "text": .string(answer),
        ]))
    events.append(
      event(
        "response.content_part.done",
        ["item_id": .string(messageID), "output_index": 0, "content_index": 0, "part": text]))
    events.append(event("response.output_item.done", ["output_index": 0, "item": message]))
    events.append(event("response.completed", ["response": completed], final: true))
    events.append(.done)
    return .eventStream(
      events, truncated: context.trace.snapshot.truncateStream, latency: gateway.streamLatency,
      timeline: gateway.timeline)
  }
}
