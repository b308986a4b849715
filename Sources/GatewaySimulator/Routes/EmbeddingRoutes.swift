import HTTPTypes
import Hummingbird
import ServerKit

/// `POST /v1/embeddings`.
enum EmbeddingRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.post("/v1/embeddings") { request, context in
      var request = request
      let body = try await request.jsonBody()
      return try embeddings(body: body, gateway: gateway, context: context)
    }
  }

  static func dimensions(of model: CatalogModel) -> Int {
    switch model.id {
    case "text-embedding-3-small": return 1536
    default: return 3072
    }
  }

  static func embeddings(body: JSON, gateway: Gateway, context: SimContext, provider: String? = nil)
    throws -> Response
  {
    let call = ModelCall(gateway: gateway, trace: context.trace)
    let resolved = try call.resolve(body["model"]?.string, provider: provider)
    guard resolved.model.category == "embedding" else {
      throw GatewayError.invalidRequest(
        "model \(resolved.requested) does not support embeddings", code: "unsupported_model")
    }
    let inputs: [String]
    if let text = body["input"]?.string {
      inputs = [text]
    } else if let items = body["input"]?.array, !items.isEmpty,
      items.allSatisfy({ $0.string != nil })
    {
      inputs = items.compactMap(\.string)
    } else {
      throw GatewayError.invalidRequest(
        "input must be a string or a non-empty array of strings", code: "invalid_input")
    }
    _ = try call.features(for: resolved)
    let size = body["dimensions"]?.int ?? dimensions(of: resolved.model)
    let data: [JSON] = inputs.enumerated().map { index, text in
      [
        "object": "embedding", "index": JSON(index),
        "embedding": .array(FakeModel.embedding(text, dimensions: size)),
      ]
    }
    let tokens = inputs.reduce(0) { $0 + FakeModel.tokens($1) }
    let usage = TokenUsage(input: tokens, output: 0)
    let response: JSON = [
      "object": "list", "data": .array(data), "model": .string(resolved.responseModel),
      "provider": .string(resolved.provider),
      "usage": ["prompt_tokens": JSON(tokens), "total_tokens": JSON(tokens)],
    ]
    call.finish(
      body: ["object": "list", "model": .string(resolved.responseModel)], usage: usage,
      stream: false)
    return Response.json(response)
  }
}
