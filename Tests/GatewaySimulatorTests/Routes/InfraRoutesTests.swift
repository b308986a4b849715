import Testing

@Suite struct InfraRoutesTests {
  @Test func healthMetricsAndModels() async throws {
    try await withSimulator { (client: SimClient) async throws in
      #expect(try await client.send(.main, .GET, "/health").json["status"] as? String == "ok")
      _ = try await client.send(.main, .GET, "/health")
      let metrics = try await client.send(.main, .GET, "/metrics")
      #expect(metrics.text.hasPrefix("# HELP gomodel_requests_total"))
      #expect(
        metrics.text.contains(
          #"gomodel_requests_total{method="GET",path="/health",status="200"} 2"#))
      let models = try await client.send(.main, .GET, "/v1/models")
      #expect(models.json["object"] as? String == "list")
      #expect((models.json["data"] as? [Any])?.isEmpty == false)
      let inventory = try await client.send(.main, .GET, "/admin/api/v1/models")
      #expect(inventory.array.first?[path: "model.id"] is String)
      let categories = try await client.send(.main, .GET, "/admin/api/v1/models/categories")
      #expect(categories.array.contains { $0["category"] as? String == "embedding" })
    }
  }
}
