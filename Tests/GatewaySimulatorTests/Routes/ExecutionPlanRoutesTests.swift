import Testing

@Suite struct ExecutionPlanRoutesTests {
  static let scoped =
    #"{"scope_provider":"openai","scope_model":"gpt-4.1-nano","scope_user_path":"/team/nocache","name":"wf","plan_payload":{"schema_version":1,"features":{"cache":false,"audit":true,"usage":true}}}"#

  @Test func exactCacheHitsOnRepeatsUnlessTheWorkflowDisablesIt() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let path = [("X-GoModel-User-Path", "/team/cache")]
      let first = try await client.chat(
        .auth, say: "Reply with exactly C", headers: client.admin + path)
      #expect(first.headers.first(name: "X-Cache") == nil)
      let second = try await client.chat(
        .auth, say: "Reply with exactly C", headers: client.admin + path)
      #expect(second.headers.first(name: "X-Cache") == "HIT (exact)")
      #expect(second.json[path: "choices.0.message.content"] as? String == "C")
      let other = try await client.chat(
        .auth, say: "Reply with exactly D", headers: client.admin + path)
      #expect(other.headers.first(name: "X-Cache") == nil)
      let main = try await client.chat(.main, say: "Reply with exactly C")
      #expect(
        try await client.chat(.main, say: "Reply with exactly C").headers.first(name: "X-Cache")
          == nil)
      _ = main

      let overview = try await client.send(
        .auth, .GET, "/admin/api/v1/cache/overview?days=1&user_path=/team/cache",
        headers: client.admin)
      #expect(overview.json[path: "summary.exact_hits"] as? Int == 1)
      let cached = try await client.send(
        .auth, .GET, "/admin/api/v1/usage/log?cache_mode=cached&user_path=/team/cache",
        headers: client.admin)
      #expect(cached.json["total"] as? Int == 1)

      let plan = try await client.send(
        .auth, .POST, "/admin/api/v1/execution-plans", headers: client.admin, json: Self.scoped)
      #expect(plan.status == 201)
      let id = try #require(plan.json["id"] as? String)
      let detail = try await client.send(
        .auth, .GET, "/admin/api/v1/execution-plans/\(id)", headers: client.admin)
      #expect(detail.json[path: "effective_features.cache"] as? Bool == false)
      #expect(detail.json[path: "scope.scope_user_path"] as? String == "/team/nocache")
      let scopedPath = [("X-GoModel-User-Path", "/team/nocache/leaf")]
      _ = try await client.chat(
        .auth, say: "Reply with exactly N", headers: client.admin + scopedPath)
      let repeated = try await client.chat(
        .auth, say: "Reply with exactly N", headers: client.admin + scopedPath)
      #expect(repeated.headers.first(name: "X-Cache") == nil)

      let off = try await client.send(
        .auth, .POST, "/admin/api/v1/execution-plans/\(id)/deactivate", headers: client.admin)
      #expect(off.status == 204)
      _ = try await client.chat(
        .auth, say: "Reply with exactly N", headers: client.admin + scopedPath)
      let afterOff = try await client.chat(
        .auth, say: "Reply with exactly N", headers: client.admin + scopedPath)
      #expect(afterOff.headers.first(name: "X-Cache") == "HIT (exact)")
    }
  }

  @Test func invalidScopeUserPathIsRejected() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let body = Self.scoped.replacingOccurrences(of: "/team/nocache", with: "/team/../alpha")
      let reply = try await client.send(
        .auth, .POST, "/admin/api/v1/execution-plans", headers: client.admin, json: body)
      #expect(reply.status == 400)
      #expect(reply.errorType == "invalid_request_error")
    }
  }
}
