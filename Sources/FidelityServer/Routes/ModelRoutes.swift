import ServerKit

/// The public API under `/v1/`: models, chat completions (streamed or not), responses, messages, embeddings.
extension FidelityResponder {
  static func api(_ request: FidelityRequest, method: String, parts: [String]) -> FidelityResponse {
    switch (method, parts.first ?? "") {
    case (_, "models"): return models(request)
    case ("POST", "chat") where parts.last == "completions": return chat(request)
    case ("POST", "completions"): return chat(request)
    case ("POST", "responses"): return responses(request)
    case ("GET", "responses"): return storedResponse(parts: parts)
    case ("DELETE", "responses"):
      return .json([
        "id": .string(parts.dropFirst().first ?? ""), "object": "response", "deleted": true,
      ])
    case ("POST", "messages") where parts.last == "count_tokens":
      return .json(["input_tokens": .int(tokens(in: request))])
    case ("POST", "messages"): return messages(request)
    case ("POST", "embeddings"): return embeddings(request)
    case (_, "files"): return files(request, method: method, parts: parts)
    case (_, "batches"): return batches(request, method: method, parts: parts)
    case ("POST", "audio") where parts.last == "speech": return speech(request)
    case ("POST", "audio") where parts.last == "transcriptions": return transcription(request)
    case (_, "realtime"):
      return .error(
        400, type: "invalid_request_error", message: "realtime needs a websocket upgrade")
    default: return generic(request, method: method)
    }
  }

  static func models(_ request: FidelityRequest) -> FidelityResponse {
    let ids = [
      "gpt-4.1-nano", "gpt-4.1-mini", "gpt-4o-mini", "gpt-5-nano", "gpt-3.5-turbo",
      "claude-sonnet-4-6", "gemini-2.5-flash-lite", "llama-3.1-8b-instant", "grok-3-mini",
      "text-embedding-3-small", "gemini-embedding-001", "gpt-4o-mini-tts", "gpt-4o-transcribe",
      "gpt-4.1", "o4-mini", "claude-haiku-4-5", "gemini-2.5-pro", "mixtral-8x7b-32768",
      "qwen-plus", "text-embedding-3-large", "whisper-1", "tts-1", "gpt-realtime-mini",
      "grok-voice-latest", "dall-e-3",
    ]
    let data: [JSON] = ids.map { id in
      [
        "id": .string(id), "object": "model", "created": .int(created),
        "owned_by": .string(provider(of: id)),
      ]
    }
    return .json(["object": "list", "data": .array(data)])
  }

  static func chat(_ request: FidelityRequest, provider forced: String? = nil) -> FidelityResponse {
    guard let body = request.json else {
      return .error(400, type: "invalid_request_error", message: "request body is not JSON")
    }
    guard let model = body["model"]?.string, !model.isEmpty else {
      return .error(400, type: "invalid_request_error", message: "model is required")
    }
    if let failure = modelFailure(model) { return failure }
    if model.hasPrefix("gpt-5"), body["reasoning"] != nil {
      return .error(
        400, type: "invalid_request_error",
        message: "reasoning is not supported on chat completions for \(model)")
    }
    if body.allStrings.contains(where: { $0.contains("SHOULD_BLOCK") }) {
      return .error(
        429, type: "rate_limit_error", message: "budget exceeded for the user path",
        code: "budget_exceeded", headers: [("Retry-After", "60")])
    }
    let answer = answer(in: request)
    let id = "chatcmpl-\(digest(request))"
    let provider = forced ?? provider(of: model)
    let usage = usage(request, answer: answer)
    var headers: [(name: String, value: String)] = []
    if let requestID = request.header("X-Request-ID") {
      headers.append(
        (
          "X-Cache",
          requestID.contains("cache") && requestID.hasSuffix("-2") ? "HIT (exact)" : "MISS"
        ))
    }
    if body["stream"]?.bool == true {
      let pieces = split(answer)
      var events: [(event: String?, data: JSON)] = []
      events.append(
        (
          nil,
          chunk(id: id, model: model, delta: ["role": "assistant", "content": ""], finish: nil)
        ))
      for piece in pieces {
        events.append(
          (nil, chunk(id: id, model: model, delta: ["content": .string(piece)], finish: nil)))
      }
      events.append((nil, chunk(id: id, model: model, delta: [:], finish: "stop")))
      var last = chunk(id: id, model: model, delta: nil, finish: nil)
      if case .object(var members) = last {
        members.append(JSON.Member(key: "usage", value: usage))
        last = .object(members)
      }
      events.append((nil, last))
      var response = FidelityResponse.events(events)
      response.headers += headers
      return response
    }
    return .json(
      [
        "id": .string(id), "object": "chat.completion", "created": .int(created),
        "model": .string(model), "provider": .string(provider),
        "choices": [
          [
            "index": 0, "message": ["role": "assistant", "content": .string(answer)],
            "finish_reason": "stop",
          ]
        ],
        "usage": usage,
      ], headers: headers)
  }

  static func chunk(id: String, model: String, delta: JSON?, finish: String?) -> JSON {
    let choices: JSON =
      delta.map { delta in
        [["index": 0, "delta": delta, "finish_reason": finish.map(JSON.string) ?? .null]]
      } ?? []
    return [
      "id": .string(id), "object": "chat.completion.chunk", "created": .int(created),
      "model": .string(model), "choices": choices,
    ]
  }

  static func responses(_ request: FidelityRequest) -> FidelityResponse {
    guard let body = request.json else {
      return .error(400, type: "invalid_request_error", message: "request body is not JSON")
    }
    guard let model = body["model"]?.string, !model.isEmpty else {
      return .error(400, type: "invalid_request_error", message: "model is required")
    }
    if let failure = modelFailure(model) { return failure }
    let answer = answer(in: request)
    let id = "resp_\(digest(request))"
    let output = responseOutput(answer: answer, id: id)
    let total = tokens(in: request) + answer.count / 4 + 1
    let usage: JSON = [
      "input_tokens": .int(tokens(in: request)), "output_tokens": .int(answer.count / 4 + 1),
      "total_tokens": .int(total),
    ]
    let complete: JSON = [
      "id": .string(id), "object": "response", "created_at": .int(created), "status": "completed",
      "model": .string(model), "provider": .string(provider(of: model)), "output": output,
      "usage": usage,
    ]
    if body["stream"]?.bool == true {
      var events: [(event: String?, data: JSON)] = [
        (
          "response.created",
          [
            "type": "response.created",
            "response": [
              "id": .string(id), "object": "response", "status": "in_progress",
              "model": .string(model),
            ],
          ]
        )
      ]
      for piece in split(answer) {
        events.append(
          (
            "response.output_text.delta",
            [
              "type": "response.output_text.delta", "item_id": .string("msg_\(id)"),
              "delta": .string(piece),
            ]
          ))
      }
      events.append(("response.completed", ["type": "response.completed", "response": complete]))
      return .events(events)
    }
    return .json(complete)
  }

  static func responseOutput(answer: String, id: String) -> JSON {
    [
      [
        "id": .string("msg_\(id)"), "type": "message", "role": "assistant", "status": "completed",
        "content": [["type": "output_text", "text": .string(answer), "annotations": []]],
      ]
    ]
  }

  static func storedResponse(parts: [String]) -> FidelityResponse {
    let id = parts.count > 1 ? parts[1] : ""
    if id.isEmpty || id.contains("does-not-exist") {
      return .error(404, type: "not_found_error", message: "response not found")
    }
    if parts.last == "input_items" {
      return .json(
        [
          "object": "list",
          "data": [
            [
              "id": .string("item_\(id)"), "type": "message", "role": "user",
              "content": [["type": "input_text", "text": "stored input"]],
            ]
          ], "has_more": false,
        ])
    }
    return .json(
      [
        "id": .string(id), "object": "response", "status": "completed", "model": "gpt-4.1-mini",
        "output": responseOutput(answer: "STORED_RESPONSE_OK", id: id),
      ])
  }

  static func messages(_ request: FidelityRequest, forced: String? = nil) -> FidelityResponse {
    guard let body = request.json else {
      return .error(400, type: "invalid_request_error", message: "request body is not JSON")
    }
    guard let model = body["model"]?.string, !model.isEmpty else {
      return .error(400, type: "invalid_request_error", message: "model is required")
    }
    if let failure = modelFailure(model) { return failure }
    let answer = answer(in: request)
    let id = "msg_\(digest(request))"
    let usage: JSON = [
      "input_tokens": .int(tokens(in: request)), "output_tokens": .int(answer.count / 4 + 1),
    ]
    if body["stream"]?.bool == true {
      var events: [(event: String?, data: JSON)] = [
        (
          "message_start",
          [
            "type": "message_start",
            "message": [
              "id": .string(id), "type": "message", "role": "assistant", "model": .string(model),
              "content": [], "usage": usage,
            ],
          ]
        ),
        (
          "content_block_start",
          [
            "type": "content_block_start", "index": 0,
            "content_block": ["type": "text", "text": ""],
          ]
        ),
      ]
      for piece in split(answer) {
        events.append(
          (
            "content_block_delta",
            [
              "type": "content_block_delta", "index": 0,
              "delta": ["type": "text_delta", "text": .string(piece)],
            ]
          ))
      }
      events.append(("content_block_stop", ["type": "content_block_stop", "index": 0]))
      events.append(
        (
          "message_delta",
          ["type": "message_delta", "delta": ["stop_reason": "end_turn"], "usage": usage]
        ))
      events.append(("message_stop", ["type": "message_stop"]))
      return .events(events, done: false)
    }
    return .json(
      [
        "id": .string(id), "type": "message", "role": "assistant", "model": .string(model),
        "provider": .string(forced ?? provider(of: model)),
        "content": [["type": "text", "text": .string(answer)]], "stop_reason": "end_turn",
        "usage": usage,
      ])
  }

  static func embeddings(_ request: FidelityRequest) -> FidelityResponse {
    guard let body = request.json, let model = body["model"]?.string else {
      return .error(400, type: "invalid_request_error", message: "model is required")
    }
    if let failure = modelFailure(model) { return failure }
    let inputs = body["input"]?.array ?? [body["input"] ?? ""]
    let data: [JSON] = inputs.enumerated().map { index, input in
      let seed = Int(fnv(input.serialized) % 7)
      let vector: [JSON] = (0..<8).map { .number(Double((seed + $0 * 3) % 9 - 4) / 8) }
      return ["object": "embedding", "index": .int(index), "embedding": .array(vector)]
    }
    let count = tokens(in: request)
    return .json(
      [
        "object": "list", "model": .string(model), "provider": .string(provider(of: model)),
        "data": .array(data), "usage": ["prompt_tokens": .int(count), "total_tokens": .int(count)],
      ])
  }
}
