import ServerKit

/// Files and batches.
extension FidelityResponder {
  static let batchLine =
    #"{"custom_id":"qa-batch-1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4.1-nano","max_tokens":20}}"#

  static func fileObject(
    id: String, filename: String, purpose: String, bytes: Int, provider: String
  )
    -> JSON
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
        let form = request.form
        guard let file = form.first(where: { $0.filename != nil }) else {
          return .error(
            400, type: "invalid_request_error", message: "multipart field 'file' is required")
        }
        let purpose =
          form.first { $0.name == "purpose" }.map { $0.text }
          ?? ""
        let id =
          "file-\(String(fnv(file.filename! + purpose + file.text), radix: 16).prefix(12))"
        return .json(
          fileObject(
            id: id, filename: file.filename!, purpose: purpose, bytes: file.body.count,
            provider: provider))
      }
      let purpose = request.queryValue("purpose") ?? "batch"
      let limit = Int(request.queryValue("limit") ?? "") ?? 3
      let data: [JSON] = (0..<max(0, min(limit, 3))).map { index in
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

  static func batchObject(id: String, provider: String, status: String, body: JSON?)
    -> JSON
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
      let data: [JSON] = [
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
}
