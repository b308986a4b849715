import HTTPTypes
import Hummingbird
import ServerKit

/// Admin model inventory, categories and the dashboard's runtime configuration (booleans at
/// `dashboard/config`, the older API; `"on"`/`"off"` at `runtime/config`).
enum AdminModelRoutes {
  /// The allowlisted runtime flags, each `"on"` or `"off"`.
  static func runtimeConfig(_ profile: GatewayProfile) -> JSON {
    func flag(_ on: Bool) -> JSON { on ? "on" : "off" }
    return [
      "AUTH_ENABLED": flag(profile.requiresAuth), "LOGGING_ENABLED": flag(true),
      "USAGE_ENABLED": flag(true), "GUARDRAILS_ENABLED": flag(profile.guardrailsEnabled),
      "CACHE_ENABLED": flag(profile.cacheAvailable), "REDIS_URL": flag(profile.redis),
      "SEMANTIC_CACHE_ENABLED": flag(false), "FEATURE_FALLBACK_MODE": flag(false),
      "STORAGE_TYPE": .string(profile.storage),
    ]
  }

  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.get("models") { request, _ in
      let category = request.query("category")
      let models = ModelCatalog.models.filter { category == nil || $0.category == category }
      return Response.json(
        .array(
          models.map {
            [
              "model": [
                "id": .string($0.id), "object": "model", "created": JSON($0.created),
                "owned_by": .string($0.provider),
              ],
              "provider_type": .string($0.provider), "provider_name": .string($0.provider),
              "category": .string($0.category),
              "pricing": [
                "input_per_mtok": .number($0.inputPrice),
                "output_per_mtok": .number($0.outputPrice),
              ],
            ]
          }))
    }
    group.get("models/categories") { _, _ in
      Response.json(
        .array(
          ModelCatalog.categories.map { category in
            [
              "category": .string(category.id), "display_name": .string(category.name),
              "count": JSON(ModelCatalog.models.filter { $0.category == category.id }.count),
            ]
          }))
    }
    group.get("dashboard/config") { _, _ in
      let profile = gateway.profile
      return Response.json([
        "AUTH_ENABLED": .bool(profile.requiresAuth),
        "CACHE_ENABLED": .bool(profile.cacheAvailable),
        "GUARDRAILS_ENABLED": .bool(profile.guardrailsEnabled),
        "LOGGING_ENABLED": true, "USAGE_ENABLED": true, "STORAGE_TYPE": .string(profile.storage),
        "FEATURE_FALLBACK_MODE": "off",
      ])
    }
    group.get("runtime/config") { _, _ in
      Response.json(runtimeConfig(gateway.profile))
    }
  }
}
