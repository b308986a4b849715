import HTTPTypes
import Hummingbird
import ServerKit

/// Budgets: list, set (`PUT`), delete, reset one, and the reset settings. Every change answers
/// with the whole list (`{"budgets": […]}`); model calls from a path over its budget are refused
/// with 429 (see ``ModelCall/checkBudget()``).
enum BudgetRoutes {
  static func register(on group: RouterGroup<SimContext>, gateway: Gateway) {
    group.get("budgets") { _, _ in Response.json(list(gateway)) }
    group.put("budgets") { request, _ in
      var request = request
      let body = try await request.jsonBody()
      let (userPath, period) = try key(body)
      guard let amount = body["amount"]?.number, amount.isFinite, amount > 0 else {
        throw GatewayError.invalidRequest(
          "amount must be a number greater than 0", code: "invalid_budget_amount")
      }
      let now = gateway.now
      gateway.withStore { store in
        if let index = store.budgets.firstIndex(where: {
          $0.userPath == userPath && $0.period == period
        }) {
          store.budgets[index].amount = amount
          store.budgets[index].updatedAt = now
        } else {
          store.budgets.append(
            Budget(
              userPath: userPath, period: period, amount: amount, createdAt: now, updatedAt: now))
        }
      }
      return Response.json(list(gateway))
    }
    group.delete("budgets") { request, _ in
      var request = request
      let (userPath, period) = try key(try await request.jsonBody())
      try gateway.withStore { store in
        guard
          let index = store.budgets.firstIndex(where: {
            $0.userPath == userPath && $0.period == period
          })
        else { throw GatewayError.notFound("no \(period) budget for \(userPath)") }
        store.budgets.remove(at: index)
      }
      return Response.json(list(gateway))
    }
    group.post("budgets/reset-one") { request, _ in
      var request = request
      let (userPath, period) = try key(try await request.jsonBody())
      let now = gateway.now
      try gateway.withStore { store in
        guard
          let index = store.budgets.firstIndex(where: {
            $0.userPath == userPath && $0.period == period
          })
        else { throw GatewayError.notFound("no \(period) budget for \(userPath)") }
        store.budgets[index].lastResetAt = now
        store.budgets[index].resetUsageCount = store.usage.count
      }
      return Response.json(list(gateway))
    }
    group.get("budgets/settings") { _, _ in
      Response.json(gateway.withStore { $0.budgetSettings }.json)
    }
    group.put("budgets/settings") { request, _ in
      var request = request
      let body = try await request.jsonBody()
      guard body.members != nil else {
        throw GatewayError.invalidRequest("budget settings must be a JSON object")
      }
      let settings = try gateway.withStore { try $0.budgetSettings.applying(body) }
      gateway.withStore { $0.budgetSettings = settings }
      return Response.json(settings.json)
    }
  }

  /// `user_path` and the period (`budget_key.period`, or `period`) of a request body.
  static func key(_ body: JSON) throws -> (String, String) {
    guard let raw = body["user_path"]?.string, let userPath = UserPath.normalize(raw) else {
      throw GatewayError.invalidRequest(
        "invalid user_path: \(body["user_path"]?.string ?? "missing")", code: "invalid_user_path")
    }
    let period = body["budget_key"]?["period"]?.string ?? body["period"]?.string ?? ""
    guard Budget.periods[period] != nil else {
      throw GatewayError.invalidRequest(
        "invalid period: \(period.isEmpty ? "missing" : period) (daily, weekly, monthly)",
        code: "invalid_budget_period")
    }
    return (userPath, period)
  }

  static func list(_ gateway: Gateway) -> JSON {
    let usage = gateway.visibleUsage
    let now = gateway.now
    let (budgets, settings) = gateway.withStore { ($0.budgets, $0.budgetSettings) }
    return [
      "budgets": .array(budgets.map { $0.json(usage, now: now) }), "settings": settings.json,
    ]
  }
}
