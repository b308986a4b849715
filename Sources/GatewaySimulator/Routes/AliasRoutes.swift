import HTTPTypes
import Hummingbird
import ServerKit

/// Aliases: list, create or replace (`PUT /aliases/{name}` or `PUT /aliases` with a name),
/// delete.
enum AliasRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    // The aliases API is the 2026-05 release's (the current one has virtual models).
    group.add(middleware: ReleaseProbe(gateway: gateway, prefix: "/aliases", release: .may2026))
    group.get("aliases") { _, _ in
      Response.json(.array(gateway.withStore { $0.aliases }.map(\.json)))
    }
    group.put("aliases/{name}") { request, context in
      var request = request
      let body = try await request.jsonBody()
      return Response.json(
        try put(name: try context.parameters.require("name"), body: body, gateway: gateway).json)
    }
    group.put("aliases") { request, _ in
      var request = request
      let body = try await request.jsonBody()
      return Response.json(
        try put(name: body["name"]?.string ?? "", body: body, gateway: gateway).json)
    }
    group.delete("aliases") { request, _ in
      var request = request
      let name = try await request.jsonBody()["name"]?.string ?? ""
      return try delete(name: name, gateway: gateway)
    }
    group.delete("aliases/{name}") { _, context in
      try delete(name: try context.parameters.require("name"), gateway: gateway)
    }
  }

  static func delete(name: String, gateway: Gateway) throws -> Response {
    do {
      let removed = gateway.withStore { store -> Bool in
        let before = store.aliases.count
        store.aliases.removeAll { $0.name == name }
        return store.aliases.count < before
      }
      guard removed else { throw GatewayError.notFound("alias \(name) not found") }
      return Response(status: .noContent)
    }
  }

  static func put(name: String, body: JSON, gateway: Gateway) throws -> Alias {
    let name = name.trimmingSpaces
    guard !name.isEmpty, !name.contains("/"), !name.contains(" ") else {
      throw GatewayError.invalidRequest("alias name must be non-empty, without '/' or spaces")
    }
    guard ModelCatalog.model(name) == nil else {
      throw GatewayError.invalidRequest("alias \(name) would shadow a provider model")
    }
    guard let target = body["target_model"]?.string, !target.isEmpty else {
      throw GatewayError.invalidRequest("target_model is required", code: "missing_target_model")
    }
    let provider = body["target_provider"]?.string
    guard let model = ModelCatalog.model(target, provider: provider) else {
      throw GatewayError.invalidRequest(
        "target model \(target) is not served by \(provider ?? "any provider")",
        code: "unsupported_model")
    }
    let now = gateway.now
    return gateway.withStore { store in
      var alias = Alias(
        name: name, targetModel: model.id, targetProvider: model.provider,
        description: body["description"]?.string ?? "", createdAt: now, updatedAt: now)
      if let index = store.aliases.firstIndex(where: { $0.name == name }) {
        alias.createdAt = store.aliases[index].createdAt
        store.aliases[index] = alias
      } else {
        store.aliases.append(alias)
        store.aliases.sort { $0.name < $1.name }
      }
      return alias
    }
  }
}

/// Notes, for ``GatewaySimulator/Release/automatic``, a request to an API of an older release.
struct ReleaseProbe: RouterMiddleware {
  typealias Context = SimContext
  let gateway: Gateway
  let prefix: String
  let release: GatewaySimulator.Release

  func handle(
    _ request: Request, context: SimContext,
    next: (Request, SimContext) async throws -> Response
  ) async throws -> Response {
    if request.uri.path.contains(prefix) { gateway.sawAPI(of: release) }
    return try await next(request, context)
  }
}
