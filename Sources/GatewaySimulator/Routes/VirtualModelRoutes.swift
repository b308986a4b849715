import HTTPTypes
import Hummingbird
import ServerKit

/// Virtual models, the API that replaced aliases: a `source` name redirecting to a
/// `provider/model` target. List, create or replace (`PUT` with a `source`), delete (`DELETE`
/// with a `source`, or `/virtual-models/{source}`). They share the aliases' store, so either API
/// sees what the other made.
enum VirtualModelRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.get("virtual-models") { _, _ in
      Response.json(.array(gateway.withStore { $0.aliases }.map(\.virtualModelJSON)))
    }
    group.put("virtual-models") { request, _ in
      var request = request
      let body = try await request.jsonBody()
      return Response.json(try put(body, gateway: gateway).virtualModelJSON)
    }
    group.delete("virtual-models") { request, _ in
      var request = request
      let source = try await request.jsonBody()["source"]?.string ?? ""
      return try AliasRoutes.delete(name: source, gateway: gateway)
    }
    group.delete("virtual-models/{source}") { _, context in
      try AliasRoutes.delete(name: try context.parameters.require("source"), gateway: gateway)
    }
  }

  /// `target_model` as `provider/model` (or a bare model with `target_provider`).
  static func put(_ body: JSON, gateway: Gateway) throws -> Alias {
    guard let source = body["source"]?.string, !source.trimmingSpaces.isEmpty else {
      throw GatewayError.invalidRequest("source is required", code: "missing_source")
    }
    var target = body
    if let model = body["target_model"]?.string, body["target_provider"] == nil,
      let slash = model.firstIndex(of: "/")
    {
      target["target_provider"] = .string(String(model[..<slash]))
      target["target_model"] = .string(String(model[model.index(after: slash)...]))
    }
    return try AliasRoutes.put(name: source, body: target, gateway: gateway)
  }
}

extension Alias {
  /// The alias as a redirecting virtual model.
  var virtualModelJSON: JSON {
    [
      "source": .string(name), "kind": "redirect",
      "target_model": .string("\(targetProvider)/\(targetModel)"),
      "resolved_model": .string("\(targetProvider)/\(targetModel)"),
      "provider_type": .string(targetProvider),
      "targets": [["provider": .string(targetProvider), "model": .string(targetModel)]],
      "description": .string(description), "enabled": true,
      "created_at": JSON(createdAt), "updated_at": JSON(updatedAt),
    ]
  }
}
