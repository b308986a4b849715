import GatewaySimulator
import Testing

@Suite struct BudgetRoutesTests {
  @Test func aSpentBudgetBlocksItsPathUntilReset() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let set = try await client.send(
        .main, .PUT, "/admin/budgets",
        json: #"{"user_path":"/team/b","budget_key":{"period":"daily"},"amount":0.000000001}"#)
      #expect(set.status == 200)
      #expect(set.json[path: "budgets.0.period_seconds"] as? Int == 86_400)
      #expect(set.json[path: "budgets.0.spent"] as? Double == 0)
      let leaf = [("X-GoModel-User-Path", "/team/b/leaf")]
      #expect(try await client.chat(say: "Reply with exactly A", headers: leaf).status == 200)
      let spent = try await client.send(.main, .GET, "/admin/budgets")
      #expect(spent.json[path: "budgets.0.has_usage"] as? Bool == true)
      #expect((spent.json[path: "budgets.0.usage_ratio"] as? Double ?? 0) > 1)
      let blocked = try await client.chat(say: "Reply with exactly B", headers: leaf)
      #expect(blocked.status == 429)
      #expect(blocked.json[path: "error.code"] as? String == "budget_exceeded")
      #expect(Int(blocked.headers.first(name: "Retry-After") ?? "") ?? 0 > 0)
      // Other paths are not limited.
      #expect(try await client.chat(say: "Reply with exactly C").status == 200)
      let reset = try await client.send(
        .main, .POST, "/admin/budgets/reset-one", json: #"{"user_path":"/team/b","period":"daily"}"#
      )
      #expect(reset.json[path: "budgets.0.has_usage"] as? Bool == false)
      #expect(reset.json[path: "budgets.0.last_reset_at"] is String)
      #expect(try await client.chat(say: "Reply with exactly D", headers: leaf).status == 200)
      let deleted = try await client.send(
        .main, .DELETE, "/admin/budgets",
        json: #"{"user_path":"/team/b","budget_key":{"period":"daily"}}"#)
      #expect((deleted.json["budgets"] as? [Any])?.isEmpty == true)
    }
  }

  @Test func validatesAmountsAndSettings() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let amount = try await client.send(
        .main, .PUT, "/admin/budgets",
        json: #"{"user_path":"/t","budget_key":{"period":"daily"},"amount":-1}"#)
      #expect(amount.status == 400)
      #expect((amount.json[path: "error.message"] as? String)?.contains("amount") == true)
      let hour = try await client.send(
        .main, .PUT, "/admin/budgets/settings", json: #"{"daily_reset_hour":24}"#)
      #expect(hour.status == 400)
      let ok = try await client.send(
        .main, .PUT, "/admin/budgets/settings",
        json: #"{"daily_reset_hour":1,"monthly_reset_day":2}"#)
      #expect(ok.json["daily_reset_hour"] as? Int == 1)
      #expect(ok.json["monthly_reset_day"] as? Int == 2)
      #expect(ok.json["weekly_reset_weekday"] as? Int == 1)
    }
  }
}
