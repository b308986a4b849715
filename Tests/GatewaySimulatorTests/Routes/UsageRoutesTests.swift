import Testing

@Suite struct UsageRoutesTests {
  @Test func summaryDailyModelsAndFilteredLog() async throws {
    try await withSimulator { (client: SimClient) async throws in
      _ = try await client.chat(
        say: "Reply with exactly U1", headers: [("X-GoModel-User-Path", "/team/a")])
      _ = try await client.chat(model: "claude-sonnet-4-6", say: "Reply with exactly U2")
      let summary = try await client.send(.main, .GET, "/admin/api/v1/usage/summary")
      #expect(summary.json["total_requests"] as? Int == 2)
      #expect((summary.json["total_cost"] as? Double ?? 0) > 0)
      let daily = try await client.send(.main, .GET, "/admin/api/v1/usage/daily?days=7")
      #expect(daily.array.first?["requests"] as? Int == 2)
      let models = try await client.send(.main, .GET, "/admin/api/v1/usage/models?limit=10")
      #expect(models.array.count == 2)
      let byModel = try await client.send(
        .main, .GET, "/admin/api/v1/usage/log?model=gpt-4.1-nano-2025-04-14&limit=5")
      #expect(byModel.json["total"] as? Int == 1)
      let byPath = try await client.send(.main, .GET, "/admin/api/v1/usage/log?user_path=/team")
      #expect(byPath.json[path: "entries.0.user_path"] as? String == "/team/a")
      #expect(byPath.json["total"] as? Int == 1)
    }
  }

  /// Bounds that hold on a loaded machine: the delay is long next to a request (the early
  /// reads come well before it), and the entry is polled for until it appears, which must not
  /// be before the delay has passed since the request was sent.
  @Test func entriesAppearOnlyAfterTheFlushDelay() async throws {
    let delay = Duration.seconds(3)
    try await withSimulator(flushDelay: delay) { (client: SimClient) async throws in
      let sent = ContinuousClock.now
      _ = try await client.chat(say: "Reply with exactly F")
      let early = try await client.send(.main, .GET, "/admin/api/v1/usage/summary")
      #expect(early.json["total_requests"] as? Int == 0)
      let earlyAudit = try await client.send(.main, .GET, "/admin/api/v1/audit/log")
      #expect(earlyAudit.json["total"] as? Int == 0)
      var late = try await client.send(.main, .GET, "/admin/api/v1/usage/summary")
      while late.json["total_requests"] as? Int == 0 && ContinuousClock.now - sent < .seconds(60) {
        try await Task.sleep(for: .milliseconds(100))
        late = try await client.send(.main, .GET, "/admin/api/v1/usage/summary")
      }
      let appeared = ContinuousClock.now - sent
      #expect(late.json["total_requests"] as? Int == 1)
      #expect(appeared >= delay, "visible after \(appeared)")
    }
  }
}
