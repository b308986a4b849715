import HTTPTypes
import Hummingbird

/// `/p/{provider}/…`: provider-native endpoints; `/v1` is optional and errors come back in the
/// gateway's shape.
enum PassthroughRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    for method: HTTPRequest.Method in [.get, .post, .put, .patch, .delete] {
      router.on("/p/{provider}/**", method: method) { request, context in
        var request = request
        let provider = try context.parameters.require("provider")
        context.trace.update { $0.provider = provider }
        guard ModelCatalog.providers.contains(provider) else {
          throw GatewayError.invalidRequest(
            "unsupported passthrough provider: \(provider)", code: "unsupported_provider")
        }
        var rest = context.parameters.getCatchAll().map(String.init)
        if rest.first == "v1" { rest.removeFirst() }
        let endpoint = rest.joined(separator: "/")
        switch (request.method, endpoint) {
        case (.get, "models"):
          let models = ModelCatalog.models.filter { $0.provider == provider }
          return Response.json([
            "object": "list",
            "data": .array(
              models.map {
                ["id": .string($0.id), "object": "model", "owned_by": .string(provider)]
              }),
          ])
        case (.post, "chat/completions"):
          let body = try await request.jsonBody()
          return try ChatRoutes.chatCompletion(
            body: body, gateway: gateway, context: context, provider: provider)
        case (.post, "responses"):
          let body = try await request.jsonBody()
          return try ResponsesRoutes.create(
            body: body, gateway: gateway, context: context, provider: provider)
        case (.post, "embeddings"):
          let body = try await request.jsonBody()
          return try EmbeddingRoutes.embeddings(
            body: body, gateway: gateway, context: context, provider: provider)
        case (.post, "messages") where provider == "anthropic":
          let body = try await request.jsonBody()
          return try MessagesRoutes.message(
            body: body, gateway: gateway, context: context, provider: provider)
        default:
          throw GatewayError.notFound(
            "\(provider) has no endpoint \(request.method.rawValue) /v1/\(endpoint)",
            code: "upstream_not_found")
        }
      }
    }
  }
}
