import HTTPTypes
import Hummingbird
import ServerKit

/// `/v1/batches`: file-based (needs `metadata.provider`) and inline batches, list, get,
/// results, cancel.
enum BatchRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.post("/v1/batches") { request, context in
      var request = request
      let body = try await request.jsonBody()
      let batch = try create(body: body, gateway: gateway, context: context)
      return Response.json(batch.json)
    }
    router.get("/v1/batches") { request, _ in
      var batches = Array(gateway.withStore { $0.batches }.reversed())
      if let after = request.query("after"),
        let index = batches.firstIndex(where: { $0.id == after })
      {
        batches = Array(batches[(index + 1)...])
      }
      let limit = max(1, min(request.queryInt("limit") ?? 20, 10_000))
      let page = Array(batches.prefix(limit))
      return Response.json([
        "object": "list", "data": .array(page.map(\.json)),
        "has_more": .bool(batches.count > limit),
        "first_id": JSON(page.first?.id), "last_id": JSON(page.last?.id),
      ])
    }
    router.get("/v1/batches/{id}") { _, context in
      Response.json(try batch(context: context, gateway: gateway).json)
    }
    router.get("/v1/batches/{id}/results") { _, context -> Response in
      let batch = try batch(context: context, gateway: gateway)
      throw GatewayError(
        status: .conflict, type: "invalid_request_error",
        message: "batch results are not ready: batch \(batch.id) is \(batch.status)",
        code: "batch_not_ready")
    }
    router.post("/v1/batches/{id}/cancel") { _, context in
      let batch = try batch(context: context, gateway: gateway)
      let cancelled = gateway.withStore { store -> Batch in
        guard let index = store.batches.firstIndex(where: { $0.id == batch.id }) else {
          return batch
        }
        if ["validating", "in_progress", "finalizing"].contains(store.batches[index].status) {
          store.batches[index].status = "cancelled"
          store.batches[index].cancelledAt = gateway.now
        }
        return store.batches[index]
      }
      return Response.json(cancelled.json)
    }
  }

  static func batch(context: SimContext, gateway: Gateway) throws -> Batch {
    let id = try context.parameters.require("id")
    guard let batch = gateway.withStore({ store in store.batches.first { $0.id == id } }) else {
      throw GatewayError.notFound("batch \(id) not found")
    }
    context.trace.update { $0.provider = batch.provider }
    return batch
  }

  static func create(body: JSON, gateway: Gateway, context: SimContext) throws -> Batch {
    let endpoint = body["endpoint"]?.string ?? "/v1/chat/completions"
    guard ["/v1/chat/completions", "/v1/responses", "/v1/embeddings"].contains(endpoint) else {
      throw GatewayError.invalidRequest(
        "unsupported batch endpoint: \(endpoint)", code: "invalid_endpoint")
    }
    var metadata = body["metadata"] ?? [:]
    if metadata.members == nil { metadata = [:] }
    var requestedProvider = metadata["provider"]?.string
    context.trace.update { $0.provider = requestedProvider }
    let lines: [JSON]
    var inputFileID: String?
    if let fileID = body["input_file_id"]?.string {
      guard let file = gateway.withStore({ store in store.files.first { $0.id == fileID } }) else {
        throw GatewayError.invalidRequest("input file \(fileID) not found", code: "file_not_found")
      }
      // Without metadata.provider, the batch goes to the provider the file was uploaded to.
      let provider = requestedProvider.flatMap { $0.isEmpty ? nil : $0 } ?? file.provider
      requestedProvider = provider
      guard file.purpose == "batch" else {
        throw GatewayError.invalidRequest("input file \(fileID) does not have purpose batch")
      }
      lines = try String(decoding: file.content, as: UTF8.self).split(separator: "\n").compactMap {
        line in
        guard !line.trimmingCharacters().isEmpty else { return nil }
        guard let json = JSON.parse(String(line)) else {
          throw GatewayError.invalidRequest("input file \(fileID) has a line that is not JSON")
        }
        return json
      }
      inputFileID = fileID
      _ = provider
    } else if let requests = body["requests"]?.array {
      lines = requests
    } else {
      throw GatewayError.invalidRequest(
        "either input_file_id or requests is required", code: "missing_input")
    }
    guard !lines.isEmpty else {
      throw GatewayError.invalidRequest("a batch needs at least one request", code: "empty_batch")
    }
    var provider = requestedProvider
    for (index, line) in lines.enumerated() {
      let customID = line["custom_id"]?.string ?? "#\(index + 1)"
      guard let model = line["body"]?["model"]?.string else {
        throw GatewayError.invalidRequest(
          "batch request \(customID) has no model", code: "missing_model")
      }
      let resolved = try gateway.resolve(model)
      if let expected = provider, expected != resolved.provider {
        throw GatewayError.invalidRequest(
          "batch request \(customID) uses model \(model), which resolves to provider "
            + "\(resolved.provider), but the batch targets provider \(expected)",
          code: "provider_mismatch")
      }
      provider = resolved.provider
    }
    let batchProvider = provider ?? "openai"
    metadata["provider"] = .string(batchProvider)
    context.trace.update { $0.provider = batchProvider }
    return gateway.withStore { store in
      let batch = Batch(
        id: store.nextID("batch_"), provider: batchProvider, endpoint: endpoint,
        inputFileID: inputFileID, completionWindow: body["completion_window"]?.string ?? "24h",
        status: "in_progress", metadata: metadata, requestCount: lines.count,
        createdAt: gateway.now)
      store.batches.append(batch)
      return batch
    }
  }
}
