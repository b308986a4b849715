import HTTPTypes
import Hummingbird
import ServerKit

/// `/v1/files`: multipart upload, list with filters, metadata, content, delete.
enum FileRoutes {
  static let purposes: Set<String> = [
    "batch", "assistants", "fine-tune", "vision", "user_data", "evals",
  ]

  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.post("/v1/files") { request, context in
      var request = request
      let provider = try provider(of: request, context: context)
      let contentType = request.headers[.contentType] ?? ""
      guard let boundary = MultipartForm.boundary(in: contentType) else {
        throw GatewayError.invalidRequest(
          "file uploads must be multipart/form-data", code: "invalid_content_type")
      }
      let parts = try parse(try await request.bodyBytes(), boundary: boundary)
      guard
        let purpose = parts.first(where: { $0.name == "purpose" }).map({ $0.text.trimmingSpaces })
      else { throw GatewayError.invalidRequest("purpose is required", code: "missing_purpose") }
      guard purposes.contains(purpose) else {
        throw GatewayError.invalidRequest(
          "unsupported purpose: \(purpose)", code: "invalid_purpose")
      }
      guard let file = parts.first(where: { $0.name == "file" }) else {
        throw GatewayError.invalidRequest("file is required", code: "missing_file")
      }
      let stored = gateway.withStore { store in
        let stored = StoredFile(
          id: store.nextID("file-"), filename: file.filename ?? "upload",
          purpose: purpose, provider: provider, content: file.body, createdAt: gateway.now)
        store.files.append(stored)
        return stored
      }
      context.trace.update { $0.responseBody = stored.json }
      return Response.json(stored.json)
    }
    router.get("/v1/files") { request, context in
      let provider = request.query("provider")
      context.trace.update { $0.provider = provider }
      let purpose = request.query("purpose")
      var files = gateway.withStore { $0.files }.reversed().filter {
        (provider == nil || $0.provider == provider) && (purpose == nil || $0.purpose == purpose)
      }
      if request.query("order") == "asc" { files.reverse() }
      if let after = request.query("after"), let index = files.firstIndex(where: { $0.id == after })
      {
        files = Array(files[(index + 1)...])
      }
      let limit = max(1, min(request.queryInt("limit") ?? 20, 10_000))
      let page = Array(files.prefix(limit))
      return Response.json([
        "object": "list", "data": .array(page.map(\.json)), "has_more": .bool(files.count > limit),
        "first_id": JSON(page.first?.id), "last_id": JSON(page.last?.id),
      ])
    }
    router.get("/v1/files/{id}") { request, context in
      Response.json(try file(request, context: context, gateway: gateway).json)
    }
    router.get("/v1/files/{id}/content") { request, context in
      let file = try file(request, context: context, gateway: gateway)
      return Response(
        status: .ok, headers: [.contentType: "application/octet-stream"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.content)))
    }
    router.delete("/v1/files/{id}") { request, context in
      let file = try file(request, context: context, gateway: gateway)
      gateway.withStore { $0.files.removeAll { $0.id == file.id } }
      return Response.json(["id": .string(file.id), "object": "file", "deleted": true])
    }
  }

  static func provider(of request: Request, context: SimContext) throws -> String {
    let provider = request.query("provider") ?? "openai"
    context.trace.update { $0.provider = provider }
    guard ModelCatalog.providers.contains(provider) else {
      throw GatewayError.invalidRequest(
        "unsupported provider: \(provider)", code: "unsupported_provider")
    }
    return provider
  }

  static func file(_ request: Request, context: SimContext, gateway: Gateway) throws -> StoredFile {
    let id = try context.parameters.require("id")
    let provider = request.query("provider")
    context.trace.update { $0.provider = provider }
    guard
      let file = gateway.withStore({ store in
        store.files.first { $0.id == id && (provider == nil || $0.provider == provider) }
      })
    else { throw GatewayError.notFound("file \(id) not found") }
    context.trace.update { $0.provider = file.provider }
    return file
  }

  /// The parts of a multipart/form-data body; a gateway error when it is malformed.
  static func parse(_ bytes: [UInt8], boundary: String) throws -> [MultipartForm.Part] {
    do {
      return try MultipartForm.parse(bytes, boundary: boundary)
    } catch {
      throw GatewayError.invalidRequest("malformed multipart body", code: "invalid_multipart")
    }
  }
}
