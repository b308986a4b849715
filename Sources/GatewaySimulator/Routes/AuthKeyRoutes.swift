import HTTPTypes
import Hummingbird

/// Managed API keys: create (the value, drawn from the seeded generator, is returned once), list
/// (redacted), deactivate.
enum AuthKeyRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.get("auth-keys") { _, _ in
      Response.json(.array(gateway.withStore { $0.keys }.map(\.json)))
    }
    group.post("auth-keys") { request, _ in
      var request = request
      let body = try await request.jsonBody()
      guard let name = body["name"]?.string?.trimmingSpaces, !name.isEmpty else {
        throw GatewayError.invalidRequest("name is required", code: "missing_name")
      }
      var userPath = "/"
      if let raw = body["user_path"]?.string, !raw.isEmpty {
        guard let normalized = UserPath.normalize(raw) else {
          throw GatewayError.invalidRequest("invalid user_path: \(raw)", code: "invalid_user_path")
        }
        userPath = normalized
      }
      let key = gateway.withStore { store in
        let key = ManagedKey(
          id: store.nextID("key_"), name: name, description: body["description"]?.string ?? "",
          userPath: userPath, value: "sk-gom-" + store.random.hex(32), active: true,
          createdAt: gateway.now, expiresAt: body["expires_at"]?.int)
        store.keys.append(key)
        return key
      }
      var json = key.json
      json["value"] = .string(key.value)
      return Response.json(json, status: .created)
    }
    group.post("auth-keys/{id}/deactivate") { _, context in
      let id = try context.parameters.require("id")
      let key = gateway.withStore { store -> ManagedKey? in
        guard let index = store.keys.firstIndex(where: { $0.id == id }) else { return nil }
        if store.keys[index].active {
          store.keys[index].active = false
          store.keys[index].deactivatedAt = gateway.now
        }
        return store.keys[index]
      }
      guard key != nil else { throw GatewayError.notFound("auth key \(id) not found") }
      return Response(status: .noContent)
    }
  }
}
