import HTTPTypes
import Hummingbird
import ServerKit

/// Workflows (execution plans): scoped feature sets with `effective_features`; create, list,
/// get, deactivate. Served under both `execution-plans` and `workflows`.
enum ExecutionPlanRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    for base in ["execution-plans", "workflows"] {
      group.get(RouterPath(base)) { _, _ in
        Response.json(.array(gateway.withStore { $0.plans }.map { json($0, gateway: gateway) }))
      }
      group.post(RouterPath(base)) { request, _ in
        var request = request
        let body = try await request.jsonBody()
        let plan = try create(body: body, gateway: gateway)
        return Response.json(json(plan, gateway: gateway), status: .created)
      }
      group.get(RouterPath("\(base)/{id}")) { _, context in
        Response.json(json(try plan(context, gateway: gateway), gateway: gateway))
      }
      group.post(RouterPath("\(base)/{id}/deactivate")) { _, context in
        let id = try plan(context, gateway: gateway).id
        gateway.withStore { store in
          for index in store.plans.indices where store.plans[index].id == id {
            store.plans[index].active = false
          }
        }
        return Response(status: .noContent)
      }
    }
  }

  static func plan(_ context: SimContext, gateway: Gateway) throws -> ExecutionPlan {
    let id = try context.parameters.require("id")
    guard let plan = gateway.withStore({ store in store.plans.first { $0.id == id } }) else {
      throw GatewayError.notFound("workflow \(id) not found")
    }
    return plan
  }

  static func create(body: JSON, gateway: Gateway) throws -> ExecutionPlan {
    guard let name = body["name"]?.string?.trimmingSpaces, !name.isEmpty else {
      throw GatewayError.invalidRequest("name is required", code: "missing_name")
    }
    let provider = body["scope_provider"]?.string.flatMap { $0.isEmpty ? nil : $0 }
    if let provider, !ModelCatalog.providers.contains(provider) {
      throw GatewayError.invalidRequest("unknown scope_provider: \(provider)")
    }
    let model = body["scope_model"]?.string.flatMap { $0.isEmpty ? nil : $0 }
    if let model, model.contains("/") || ModelCatalog.model(model, provider: provider) == nil {
      throw GatewayError.invalidRequest("unknown scope_model: \(model)")
    }
    var userPath: String?
    if let raw = body["scope_user_path"]?.string, !raw.isEmpty {
      guard let normalized = UserPath.normalize(raw) else {
        throw GatewayError.invalidRequest(
          "invalid scope_user_path: \(raw)", code: "invalid_user_path")
      }
      userPath = normalized
    }
    guard let payload = body["plan_payload"] ?? body["workflow_payload"], payload.members != nil
    else {
      throw GatewayError.invalidRequest("plan_payload must be an object", code: "missing_payload")
    }
    for member in payload["features"]?.members ?? [] where member.value.bool == nil {
      throw GatewayError.invalidRequest("feature \(member.key) must be a boolean")
    }
    return gateway.withStore { store in
      let version =
        store.plans.filter {
          $0.scopeProvider == provider && $0.scopeModel == model && $0.scopeUserPath == userPath
        }.count + 1
      let plan = ExecutionPlan(
        id: store.nextID("wf_"), versionID: store.nextID("wfv_"), version: version, name: name,
        description: body["description"]?.string ?? "", scopeProvider: provider,
        scopeModel: model, scopeUserPath: userPath, payload: payload, active: true,
        createdAt: gateway.now)
      store.plans.append(plan)
      return plan
    }
  }

  /// A workflow as the admin API shows it; `effective_features` are its features limited to
  /// what this gateway has configured.
  static func json(_ plan: ExecutionPlan, gateway: Gateway) -> JSON {
    let available: [String: Bool] = [
      "cache": gateway.profile.cacheAvailable,
      "guardrails": gateway.profile.guardrailPrompt != nil,
    ]
    var effective: JSON = [:]
    for name in ExecutionPlan.featureNames {
      effective[name] = .bool(plan.feature(name) && (available[name] ?? true))
    }
    return [
      "id": .string(plan.id), "version_id": .string(plan.versionID),
      "version": JSON(plan.version), "name": .string(plan.name),
      "description": .string(plan.description), "scope": plan.scopeJSON,
      "plan_payload": plan.payload, "workflow_payload": plan.payload,
      "effective_features": effective, "active": .bool(plan.active),
      "created_at": JSON(plan.createdAt),
    ]
  }
}
