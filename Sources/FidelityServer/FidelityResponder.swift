/// Answers every request from the request alone: no state, no clock, no randomness. Two runs of
/// the same scenario (one through bash, curl and jq, one through the runtime) send the same
/// requests and so read the same bytes.
///
/// The shapes follow an OpenAI-compatible LLM gateway closely enough that jq projections of
/// release documents produce non-trivial output: chat completions, responses, embeddings, files,
/// batches, passthrough, admin usage and audit, aliases, auth keys, workflows, budgets, audio and
/// realtime upgrades, live SSE feeds, `/health` and `/metrics`.
public enum FidelityResponder {
  /// A fixed epoch second used wherever an API reports a creation time.
  public static let created = 1_767_225_600

  public static func respond(to request: FidelityRequest) -> FidelityResponse {
    var response = route(request)
    if let requestID = request.header("X-Request-ID") {
      response.headers.insert(("X-Request-Id", requestID), at: min(1, response.headers.count))
    }
    // What was received, in every answer: any header dump then shows a client that sends other
    // headers than curl (names), or other values (digest), even where a body projection hides it.
    let seen = seenHeaders(request)
    response.headers.append(("X-Seen-Headers", seen.map(\.name).joined(separator: ",")))
    response.headers.append(("X-Seen-Digest", seenDigest(request, headers: seen)))
    return response
  }

  /// Header names (lower case, sorted) with their values; a multipart boundary, which clients
  /// choose at random, and the length it changes are left out.
  static func seenHeaders(_ request: FidelityRequest) -> [(name: String, value: String)] {
    let multipart = request.header("Content-Type")?.lowercased().hasPrefix("multipart/") ?? false
    return request.headers.compactMap { header -> (name: String, value: String)? in
      let name = header.name.lowercased()
      if multipart, name == "content-length" { return nil }
      if multipart, name == "content-type" {
        return (name, String(header.value.prefix { $0 != ";" }))
      }
      return (name, header.value)
    }.sorted { $0.name < $1.name || ($0.name == $1.name && $0.value < $1.value) }
  }

  /// Twelve hex digits over the method, target, headers and body (multipart: its parts), with
  /// every run of digits read as `#` and the value of `X-Request-ID` (echoed in full) left out:
  /// a scenario's `$$` and `$(date +%s)` values (request ids, suffixes) differ between two runs
  /// by design and are compared where they are echoed, not here.
  static func seenDigest(_ request: FidelityRequest, headers: [(name: String, value: String)])
    -> String
  {
    let lines = headers.map { $0.name == "x-request-id" ? $0.name : "\($0.name): \($0.value)" }
      .joined(separator: "\n")
    let text = maskingNumbers(
      request.method + " " + request.target + "\n" + lines + "\n" + canonicalBody(request))
    let hex = String(fnv(text), radix: 16)
    return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
  }

  static func maskingNumbers(_ text: String) -> String {
    var out = ""
    var inNumber = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII, ("0"..."9").contains(scalar) {
        if !inNumber { out += "#" }
        inNumber = true
      } else {
        inNumber = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func route(_ request: FidelityRequest) -> FidelityResponse {
    let path = request.path
    let method = request.method.uppercased()
    let parts = path.split(separator: "/").map(String.init)

    if let bearer = request.header("Authorization"), bearer.lowercased().contains("invalid") {
      return .error(401, type: "authentication_error", message: "invalid API key")
    }
    if path == "/health" || path == "/healthz" { return .json(["status": "ok"]) }
    if path == "/metrics" { return metrics() }
    if request.header("Upgrade")?.lowercased() == "websocket" { return upgrade(request) }
    if parts.first == "p", parts.count >= 2 { return passthrough(request, parts: parts) }
    if parts.first == "admin" {
      let rest =
        parts.starts(with: ["admin", "api", "v1"]) ? parts.dropFirst(3) : parts.dropFirst()
      return admin(request, method: method, parts: Array(rest))
    }
    if parts.first == "v1" { return api(request, method: method, parts: Array(parts.dropFirst())) }
    if parts.contains("not-found") || parts.contains("missing") {
      return .error(404, type: "not_found_error", message: "no route for \(path)")
    }
    return generic(request, method: method)
  }

  // MARK: - Public API (/v1/…)

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
    let data: [JSONValue] = ids.map { id in
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
      var events: [(event: String?, data: JSONValue)] = []
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
        members.append(("usage", usage))
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

  static func chunk(id: String, model: String, delta: JSONValue?, finish: String?) -> JSONValue {
    let choices: JSONValue =
      delta.map { delta in
        [["index": 0, "delta": delta, "finish_reason": finish.map(JSONValue.string) ?? .null]]
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
    let usage: JSONValue = [
      "input_tokens": .int(tokens(in: request)), "output_tokens": .int(answer.count / 4 + 1),
      "total_tokens": .int(total),
    ]
    let complete: JSONValue = [
      "id": .string(id), "object": "response", "created_at": .int(created), "status": "completed",
      "model": .string(model), "provider": .string(provider(of: model)), "output": output,
      "usage": usage,
    ]
    if body["stream"]?.bool == true {
      var events: [(event: String?, data: JSONValue)] = [
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

  static func responseOutput(answer: String, id: String) -> JSONValue {
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
    let usage: JSONValue = [
      "input_tokens": .int(tokens(in: request)), "output_tokens": .int(answer.count / 4 + 1),
    ]
    if body["stream"]?.bool == true {
      var events: [(event: String?, data: JSONValue)] = [
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
    let data: [JSONValue] = inputs.enumerated().map { index, input in
      let seed = Int(fnv(input.serialized()) % 7)
      let vector: [JSONValue] = (0..<8).map { .double(Double((seed + $0 * 3) % 9 - 4) / 8) }
      return ["object": "embedding", "index": .int(index), "embedding": .array(vector)]
    }
    let count = tokens(in: request)
    return .json(
      [
        "object": "list", "model": .string(model), "provider": .string(provider(of: model)),
        "data": .array(data), "usage": ["prompt_tokens": .int(count), "total_tokens": .int(count)],
      ])
  }

  // MARK: - Files and batches

  static let batchLine =
    #"{"custom_id":"qa-batch-1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1-nano","max_tokens":20}}"#

  static func fileObject(
    id: String, filename: String, purpose: String, bytes: Int, provider: String
  )
    -> JSONValue
  {
    [
      "id": .string(id), "object": "file", "bytes": .int(bytes), "created_at": .int(created),
      "filename": .string(filename), "purpose": .string(purpose), "status": "processed",
      "provider": .string(provider),
    ]
  }

  static func files(_ request: FidelityRequest, method: String, parts: [String]) -> FidelityResponse
  {
    let provider = request.queryValue("provider") ?? "openai"
    if parts.count == 1 {
      if method == "POST" {
        let form = Multipart.parse(request)
        guard let file = form.first(where: { $0.filename != nil }) else {
          return .error(
            400, type: "invalid_request_error", message: "multipart field 'file' is required")
        }
        let purpose =
          form.first { $0.name == "purpose" }.map { String(decoding: $0.value, as: UTF8.self) }
          ?? ""
        let id =
          "file-\(String(fnv(file.filename! + purpose + String(decoding: file.value, as: UTF8.self)), radix: 16).prefix(12))"
        return .json(
          fileObject(
            id: id, filename: file.filename!, purpose: purpose, bytes: file.value.count,
            provider: provider))
      }
      let purpose = request.queryValue("purpose") ?? "batch"
      let limit = Int(request.queryValue("limit") ?? "") ?? 3
      let data: [JSONValue] = (0..<max(0, min(limit, 3))).map { index in
        fileObject(
          id: "file-qa\(purpose)\(index + 1)",
          filename: purpose == "batch" ? "qa-openai-batch.jsonl" : "qa-upload.txt",
          purpose: purpose, bytes: batchLine.utf8.count + 1, provider: provider)
      }
      return .json(["object": "list", "data": .array(data), "has_more": false])
    }
    let id = parts[1]
    if id.contains("does-not-exist") || id == "null" {
      return .error(404, type: "not_found_error", message: "file not found: \(id)")
    }
    if method == "DELETE" { return .json(["id": .string(id), "object": "file", "deleted": true]) }
    if parts.last == "content" {
      return .text(batchLine + "\n", contentType: "application/octet-stream")
    }
    return .json(
      fileObject(
        id: id, filename: "qa-openai-batch.jsonl", purpose: "batch",
        bytes: batchLine.utf8.count + 1, provider: provider))
  }

  static func batchObject(id: String, provider: String, status: String, body: JSONValue?)
    -> JSONValue
  {
    [
      "id": .string(id), "object": "batch", "provider": .string(provider),
      "endpoint": body?["endpoint"] ?? "/v1/chat/completions",
      "input_file_id": body?["input_file_id"] ?? .null, "status": .string(status),
      "completion_window": "24h", "created_at": .int(created),
      "request_counts": ["total": 1, "completed": 0, "failed": 0],
      "metadata": body?["metadata"] ?? .null,
    ]
  }

  static func batches(_ request: FidelityRequest, method: String, parts: [String])
    -> FidelityResponse
  {
    if parts.count == 1 {
      if method == "POST" {
        guard let body = request.json else {
          return .error(400, type: "invalid_request_error", message: "request body is not JSON")
        }
        if body["input_file_id"] != nil, body["metadata"]?["provider"] == nil {
          return .error(
            400, type: "invalid_request_error",
            message: "metadata.provider is required for file batches")
        }
        if body.allStrings.contains(where: { $0.contains("mixed-provider") }) {
          return .error(400, type: "invalid_request_error", message: "batch mixes providers")
        }
        let provider = body["metadata"]?["provider"]?.string ?? "anthropic"
        return .json(
          batchObject(
            id: "batch_\(digest(request))", provider: provider, status: "validating", body: body))
      }
      let data: [JSONValue] = [
        batchObject(
          id: "batch_qa_openai", provider: "openai", status: "in_progress",
          body: ["input_file_id": "file-qabatch1"]),
        batchObject(
          id: "batch_qa_anthropic", provider: "anthropic", status: "in_progress", body: nil),
      ]
      return .json(["object": "list", "data": .array(data), "has_more": false])
    }
    let id = parts[1]
    if id.isEmpty || id == "null" || id.contains("does-not-exist") {
      return .error(404, type: "not_found_error", message: "batch not found: \(id)")
    }
    if parts.last == "results" {
      return .error(409, type: "invalid_request_error", message: "batch \(id) is not completed yet")
    }
    if parts.last == "cancel" {
      return .json(batchObject(id: id, provider: "openai", status: "cancelling", body: nil))
    }
    return .json(batchObject(id: id, provider: "openai", status: "in_progress", body: nil))
  }

  // MARK: - Audio

  static func speech(_ request: FidelityRequest) -> FidelityResponse {
    guard let body = request.json, let model = body["model"]?.string else {
      return .error(400, type: "invalid_request_error", message: "model is required")
    }
    if model.contains("does-not-exist") {
      return .error(404, type: "not_found_error", message: "model not found: \(model)")
    }
    guard body["voice"]?.string != nil else {
      return .error(400, type: "invalid_request_error", message: "voice is required")
    }
    let text = body["input"]?.string ?? ""
    var samples: [UInt8] = []
    for index in 0..<2000 {
      samples.append(UInt8(truncatingIfNeeded: (index * 7 + text.utf8.count) % 251))
    }
    var wav = Array("RIFF".utf8) + le32(36 + samples.count) + Array("WAVEfmt ".utf8)
    wav += le32(16) + [1, 0, 1, 0] + le32(8000) + le32(8000) + [1, 0, 8, 0]
    wav += Array("data".utf8) + le32(samples.count) + samples
    return FidelityResponse(
      status: 200, headers: [("Content-Type", "audio/wav")], body: .bytes(wav))
  }

  static func le32(_ value: Int) -> [UInt8] {
    (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }

  static func transcription(_ request: FidelityRequest) -> FidelityResponse {
    let form = Multipart.parse(request)
    guard let file = form.first(where: { $0.name == "file" }) else {
      return .error(
        400, type: "invalid_request_error", message: "multipart field 'file' is required")
    }
    let text = "transcribed \(file.value.count) bytes"
    let format = form.first { $0.name == "response_format" }.map {
      String(decoding: $0.value, as: UTF8.self)
    }
    if format == "text" { return .text(text + "\n") }
    return .json(["text": .string(text)])
  }

  // MARK: - Passthrough and upgrades

  static let providers: Set<String> = ["openai", "anthropic", "gemini", "groq", "xai", "bailian"]

  static func passthrough(_ request: FidelityRequest, parts: [String]) -> FidelityResponse {
    let provider = parts[1]
    guard providers.contains(provider) else {
      return .error(
        400, type: "invalid_request_error", message: "unsupported provider: \(provider)")
    }
    let rest = parts.dropFirst(2).drop { $0 == "v1" }
    switch rest.first ?? "" {
    case "chat", "completions": return chat(request, provider: provider)
    case "responses": return responses(request)
    case "messages": return messages(request, forced: provider)
    case "embeddings": return embeddings(request)
    default: return generic(request, method: request.method.uppercased())
    }
  }

  /// A `101 Switching Protocols` for any websocket handshake on a known provider; the connection
  /// then stays open and silent until the client ends it (curl, which reads a 1xx answer as
  /// informational, waits for its `--max-time` and exits 28, as against a real gateway).
  static func upgrade(_ request: FidelityRequest) -> FidelityResponse {
    let provider =
      request.queryValue("provider") ?? request.path.split(separator: "/").dropFirst().first.map(
        String.init) ?? ""
    if request.path.hasPrefix("/p/"), !providers.contains(provider) {
      return .error(
        400, type: "invalid_request_error", message: "unsupported provider: \(provider)")
    }
    let key = request.header("Sec-WebSocket-Key") ?? ""
    // RFC 6455's example key and its accept value; other keys get a stable stand-in.
    let accept =
      key == "dGhlIHNhbXBsZSBub25jZQ=="
      ? "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" : String(fnv(key), radix: 36) + "="
    return FidelityResponse(
      status: 101,
      headers: [
        ("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Accept", accept),
      ])
  }

  // MARK: - Admin

  static func admin(_ request: FidelityRequest, method: String, parts: [String]) -> FidelityResponse
  {
    let body = request.json
    if let body, body.allStrings.contains(where: { $0.contains("/../") }) {
      return .error(
        400, type: "invalid_request_error", message: "invalid user_path: must not contain '..'")
    }
    let head = parts.first ?? ""
    switch (method, head) {
    case ("GET", "models") where parts.last == "categories":
      return .json([
        ["category": "chat", "count": 9], ["category": "embedding", "count": 2],
        ["category": "audio", "count": 2],
      ])
    case ("GET", "models"):
      let models = models(request)
      guard case .bytes(let bytes) = models.body, let list = JSONParser.parse(bytes)?["data"]?.array
      else { return models }
      return .json(
        .array(
          list.map { ["model": $0, "provider_type": $0["owned_by"] ?? .null, "category": "chat"] }))
    case ("GET", "usage"): return usage(request, parts: parts)
    case ("POST", "usage"):
      return .json([
        "status": "ok", "recalculated": 3,
        "user_path": request.queryValue("user_path").map(JSONValue.string) ?? .null,
      ])
    case ("GET", "audit"): return audit(request, parts: parts)
    case ("GET", "aliases"), ("GET", "virtual-models"):
      return .json([
        [
          "name": "qa-existing-alias", "source": "qa-existing-alias",
          "target_model": "gpt-4.1-nano", "kind": "redirect", "enabled": true,
        ]
      ])
    case ("PUT", "aliases"), ("PUT", "virtual-models"), ("POST", "virtual-models"):
      return alias(body: body, name: parts.count > 1 ? parts[1] : nil)
    case ("DELETE", "aliases"), ("DELETE", "virtual-models"):
      return FidelityResponse(status: 204)
    case ("GET", "dashboard"), ("GET", "runtime"):
      return .json([
        "auth_enabled": true, "cache_enabled": true, "usage_enabled": true, "audit_enabled": true,
        "guardrails_enabled": false, "version": "fidelity",
      ])
    case ("GET", "auth-keys"):
      return .json([
        [
          "id": "key-qa-existing", "name": "qa-existing-key", "user_path": "/team", "active": true,
          "expires_at": .null, "redacted_value": "sk-gm-…qa01",
        ]
      ])
    case ("POST", "auth-keys"):
      if parts.last == "deactivate" {
        return .json([
          "id": .string(parts.count > 1 ? parts[1] : ""), "active": false, "status": "deactivated",
        ])
      }
      let value = "sk-gm-\(digest(request))\(String(digest(request).reversed()))"
      return .json(
        [
          "id": .string("key-\(digest(request))"), "name": body?["name"] ?? .null,
          "description": body?["description"] ?? .null, "user_path": body?["user_path"] ?? .null,
          "active": true, "expires_at": .null,
          "redacted_value": .string("sk-gm-…" + value.suffix(4)),
          "value": .string(value),
        ])
    case ("GET", "execution-plans"), ("GET", "workflows"):
      if parts.count > 1 { return .json(plan(id: parts[1], body: nil)) }
      return .json(["data": [plan(id: "plan-qa-global", body: nil)], "total": 1])
    case ("POST", "execution-plans"), ("POST", "workflows"):
      if parts.last == "deactivate" {
        return .json([
          "id": .string(parts.count > 1 ? parts[1] : ""), "active": false, "status": "deactivated",
        ])
      }
      return .json(plan(id: "plan-\(digest(request))", body: body))
    case ("GET", "cache"):
      return .json(
        [
          "days": .int(Int(request.queryValue("days") ?? "") ?? 7),
          "user_path": request.queryValue("user_path").map(JSONValue.string) ?? .null,
          "total_hits": 1, "exact_hits": 1, "semantic_hits": 0, "saved_tokens": 17,
          "saved_cost": 0.0625,
        ])
    case (_, "budgets"): return budgets(request, method: method, parts: parts, body: body)
    case ("GET", "live"): return live(request)
    default: return generic(request, method: method)
    }
  }

  static func alias(body: JSONValue?, name: String?) -> FidelityResponse {
    let source = name.map(JSONValue.string) ?? body?["source"] ?? body?["name"] ?? .null
    let target = body?["target_model"]?.string ?? ""
    let pieces = target.split(separator: "/", maxSplits: 1).map(String.init)
    let provider =
      body?["target_provider"]?.string ?? (pieces.count == 2 ? pieces[0] : provider(of: target))
    let model = pieces.count == 2 ? pieces[1] : target
    return .json(
      [
        "name": source, "source": source, "kind": "redirect", "target_model": .string(target),
        "target_provider": .string(provider),
        "resolved_model": .string(target.contains("/") ? target : "\(provider)/\(target)"),
        "provider_type": .string(provider),
        "targets": [["provider": .string(provider), "model": .string(model)]],
        "description": body?["description"] ?? .null, "enabled": true,
      ])
  }

  static func plan(id: String, body: JSONValue?) -> JSONValue {
    let payload =
      body?["plan_payload"] ?? [
        "schema_version": 1, "features": ["cache": true, "audit": true, "usage": true],
      ]
    return [
      "id": .string(id), "name": body?["name"] ?? "qa-workflow",
      "description": body?["description"] ?? .null,
      "scope": [
        "provider": body?["scope_provider"] ?? "openai",
        "model": body?["scope_model"] ?? "gpt-4.1-nano",
        "user_path": body?["scope_user_path"] ?? .null,
      ],
      "plan_payload": payload, "effective_features": payload["features"] ?? [:], "active": true,
    ]
  }

  static func usage(_ request: FidelityRequest, parts: [String]) -> FidelityResponse {
    switch parts.dropFirst().first ?? "" {
    case "summary":
      return .json([
        "total_requests": 42, "total_input_tokens": 1200, "total_output_tokens": 340,
        "total_tokens": 1540, "total_cost": 0.015625,
      ])
    case "daily":
      let days = min(Int(request.queryValue("days") ?? "") ?? 3, 3)
      return .json(
        .array(
          (0..<max(days, 0)).map {
            [
              "date": .string("2026-01-0\($0 + 1)"), "requests": .int(10 + $0),
              "total_tokens": .int(400 + $0 * 10),
            ]
          }))
    case "models":
      return .json([
        [
          "model": "gpt-4.1-nano", "provider": "openai", "requests": 30, "input_tokens": 700,
          "output_tokens": 200, "total_tokens": 900,
        ],
        [
          "model": "claude-sonnet-4-6", "provider": "anthropic", "requests": 12,
          "input_tokens": 500, "output_tokens": 140, "total_tokens": 640,
        ],
      ])
    default:
      let requestID = request.queryValue("search") ?? "qa-usage-1"
      let entry: JSONValue = [
        "id": "usage-1", "request_id": .string(requestID),
        "model": .string(request.queryValue("model") ?? "gpt-4.1-nano"),
        "provider": "openai", "endpoint": "/v1/chat/completions",
        "user_path": .string(request.queryValue("user_path") ?? "/"),
        "cache_type": .string(request.queryValue("cache_mode") == "cached" ? "exact" : "none"),
        "input_tokens": 12, "output_tokens": 5, "total_tokens": 17, "total_cost": 0.0078125,
      ]
      return .json([
        "total": 1, "limit": .int(Int(request.queryValue("limit") ?? "") ?? 50), "offset": 0,
        "entries": [entry],
      ])
    }
  }

  static func audit(_ request: FidelityRequest, parts: [String]) -> FidelityResponse {
    let requestID = request.queryValue("search") ?? "qa-audit-1"
    let failed = requestID.contains("invalid")
    let entry: JSONValue = [
      "id": "audit-1", "request_id": .string(requestID),
      "model": failed ? "does-not-exist-model" : "gpt-4.1-nano",
      "resolved_model": failed ? .null : "gpt-4.1-nano", "provider": failed ? "" : "openai",
      "path": "/v1/chat/completions",
      "status_code": failed ? 400 : 200, "stream": false,
      "error_type": failed ? "invalid_request_error" : .null,
      "auth_method": "master_key", "auth_key_id": .null,
      "user_path": .string(request.queryValue("user_path") ?? "/"),
      "execution_plan_version_id": "plan-qa-global", "cache_type": .null,
      "data": ["response_body": ["choices": [["message": ["content": "QA_AUDIT_OK"]]]]],
    ]
    if parts.last == "conversation" {
      return .json(["anchor_id": .string(request.queryValue("log_id") ?? ""), "entries": [entry]])
    }
    return .json([
      "total": 1, "limit": .int(Int(request.queryValue("limit") ?? "") ?? 50), "offset": 0,
      "entries": [entry],
    ])
  }

  static func budgets(_ request: FidelityRequest, method: String, parts: [String], body: JSONValue?)
    -> FidelityResponse
  {
    if parts.count > 1, parts[1] == "settings" {
      if case .object(let members) = body ?? [:] {
        if let bad = members.first(where: {
          $0.0.hasSuffix("_hour") && ($0.1 == .int(24) || $0.1 == .int(-1))
        }) {
          return .error(
            400, type: "invalid_request_error", message: "\(bad.0) must be between 0 and 23")
        }
        let defaults: [(String, JSONValue)] = [
          ("daily_reset_hour", 0), ("daily_reset_minute", 0), ("weekly_reset_weekday", 1),
          ("monthly_reset_day", 1),
        ]
        return .json(
          .object(defaults.filter { key in !members.contains { $0.0 == key.0 } } + members))
      }
      return .error(400, type: "invalid_request_error", message: "settings must be an object")
    }
    let path = body?["user_path"] ?? .string(request.queryValue("user_path") ?? "/team")
    if method == "DELETE" { return .json(["budgets": []]) }
    let amount = body?["amount"] ?? 1
    return .json(
      [
        "budgets": [
          [
            "user_path": path, "period": "daily", "period_seconds": 86400, "amount": amount,
            "source": "manual",
            "spent": 0, "remaining": amount, "has_usage": false, "usage_ratio": 0,
            "last_reset_at": .string("2026-01-01T00:00:00Z"),
          ]
        ]
      ])
  }

  /// A finite live feed: the events a subscriber would see, then the connection closes (no
  /// waiting for `--max-time`).
  static func live(_ request: FidelityRequest) -> FidelityResponse {
    if let cursor = request.queryValue("cursor"), Int(cursor) == nil {
      return .error(400, type: "invalid_request_error", message: "cursor must be an integer")
    }
    let types = (request.queryValue("types") ?? "audit,usage").split(separator: ",").map(
      String.init)
    var events: [(event: String?, data: JSONValue)] = [("reset", ["cursor": 0])]
    if request.queryValue("cursor") == nil {
      for type in types {
        events.append(
          (
            "\(type).created",
            ["type": .string(type), "request_id": "qa-live-1", "model": "gpt-4.1-nano"]
          ))
      }
    }
    events.append(("heartbeat", ["cursor": 1]))
    var response = FidelityResponse.events(events, done: false)
    response.closeAfter = true
    return response
  }

  // MARK: - Everything else

  static func generic(_ request: FidelityRequest, method: String) -> FidelityResponse {
    var members: [(String, JSONValue)] = [
      ("id", .string("obj_\(digest(request))")), ("object", "echo"), ("status", "ok"),
      ("method", .string(method)), ("path", .string(request.path)),
      ("query", .object(request.query.map { ($0.name, .string($0.value)) })),
    ]
    if case .object(let body) = request.json ?? .null {
      members += body.filter { key in !members.contains { $0.0 == key.0 } }
    }
    members.append(("data", [["id": "item-1", "value": 1], ["id": "item-2", "value": 2]]))
    members.append(("total", 2))
    return .json(.object(members))
  }

  static func metrics() -> FidelityResponse {
    var lines = [
      "# HELP gateway_requests_total Requests served.", "# TYPE gateway_requests_total counter",
    ]
    for (provider, count) in [("openai", 30), ("anthropic", 12), ("gemini", 4)] {
      lines.append("gateway_requests_total{provider=\"\(provider)\",status=\"200\"} \(count)")
    }
    lines += [
      "# HELP gateway_request_duration_seconds Request latency.",
      "# TYPE gateway_request_duration_seconds histogram",
    ]
    var cumulative = 0
    for (bound, count) in [("0.1", 5), ("0.5", 20), ("1", 12), ("5", 9), ("+Inf", 0)] {
      cumulative += count
      lines.append("gateway_request_duration_seconds_bucket{le=\"\(bound)\"} \(cumulative)")
    }
    lines += [
      "gateway_request_duration_seconds_sum 31.25",
      "gateway_request_duration_seconds_count \(cumulative)",
    ]
    lines += [
      "# HELP gateway_cache_hits_total Cache hits.", "# TYPE gateway_cache_hits_total counter",
    ]
    lines += [
      "gateway_cache_hits_total{type=\"exact\"} 3", "gateway_cache_hits_total{type=\"semantic\"} 1",
    ]
    lines += [
      "# HELP gateway_up Whether the gateway is up.", "# TYPE gateway_up gauge", "gateway_up 1",
    ]
    return .text(
      lines.joined(separator: "\n") + "\n", contentType: "text/plain; version=0.0.4; charset=utf-8")
  }

  // MARK: - Helpers

  static func modelFailure(_ model: String) -> FidelityResponse? {
    guard model.contains("does-not-exist") || model.contains("not-a-real") else { return nil }
    return .error(
      400, type: "invalid_request_error", message: "unsupported model: \(model)",
      code: "model_not_found")
  }

  static func provider(of model: String) -> String {
    if let slash = model.firstIndex(of: "/") { return String(model[..<slash]) }
    let lower = model.lowercased()
    let table: [(String, String)] = [
      ("claude", "anthropic"), ("qa-sonnet", "anthropic"), ("gemini", "gemini"), ("llama", "groq"),
      ("mixtral", "groq"), ("grok", "xai"), ("qwen", "bailian"),
    ]
    return table.first { lower.hasPrefix($0.0) }?.1 ?? "openai"
  }

  /// The first `QA_…` word of the request body; `7` for a question about a digit; else `OK`.
  static func answer(in request: FidelityRequest) -> String {
    let strings = request.json?.allStrings ?? [String(decoding: request.body, as: UTF8.self)]
    for text in strings {
      var scalars = text.unicodeScalars[...]
      while let range = scalars.firstRange(of: "QA_".unicodeScalars) {
        let word = scalars[range.lowerBound...].prefix {
          $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
        }
        if word.count > 3 { return String(String.UnicodeScalarView(word)) }
        scalars = scalars[range.upperBound...]
      }
    }
    return strings.contains { $0.contains("digit") } ? "7" : "OK"
  }

  /// Two pieces (so streams carry several deltas), unless the text is a single character.
  static func split(_ text: String) -> [String] {
    guard text.count > 1 else { return [text] }
    let middle = text.index(text.startIndex, offsetBy: text.count / 2)
    return [String(text[..<middle]), String(text[middle...])]
  }

  static func tokens(in request: FidelityRequest) -> Int {
    let words = (request.json?.allStrings ?? []).reduce(0) { $0 + $1.split(separator: " ").count }
    return words + 3
  }

  static func usage(_ request: FidelityRequest, answer: String) -> JSONValue {
    let prompt = tokens(in: request)
    let completion = answer.count / 4 + 1
    return [
      "prompt_tokens": .int(prompt), "completion_tokens": .int(completion),
      "total_tokens": .int(prompt + completion),
    ]
  }

  /// Twelve hex digits identifying the request's method, path and body.
  static func digest(_ request: FidelityRequest) -> String {
    let hex = String(
      fnv(request.method + " " + request.path + "\n" + canonicalBody(request)), radix: 16)
    return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
  }

  /// The body, or for multipart (whose boundary the client chose at random) its parts.
  static func canonicalBody(_ request: FidelityRequest) -> String {
    let form = Multipart.parse(request)
    guard !form.isEmpty else { return String(decoding: request.body, as: UTF8.self) }
    return form.map { part in
      "\(part.name)=\(part.filename ?? "");\(part.contentType ?? ""):"
        + String(decoding: part.value, as: UTF8.self)
    }.joined(separator: "\n")
  }

  static func fnv(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
