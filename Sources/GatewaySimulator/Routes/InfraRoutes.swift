import HTTPTypes
import Hummingbird
import ServerKit

/// `/health`, `/metrics` (Prometheus text) and `/v1/models` (catalog plus aliases).
enum InfraRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    router.get("/health") { _, _ in
      Response.json(["status": "ok", "storage": .string(gateway.profile.storage)])
    }
    router.get("/metrics") { _, _ in
      Response.text(metrics(gateway), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }
    router.get("/v1/models") { _, _ in
      let aliases = gateway.withStore { $0.aliases }
      var data: [JSON] = ModelCatalog.models.map {
        [
          "id": .string($0.id), "object": "model", "created": JSON($0.created),
          "owned_by": .string($0.provider),
        ]
      }
      data += aliases.map {
        [
          "id": .string($0.name), "object": "model", "created": JSON($0.createdAt),
          "owned_by": .string($0.targetProvider),
        ]
      }
      return Response.json(["object": "list", "data": .array(data)])
    }
  }

  static func metrics(_ gateway: Gateway) -> String {
    let (counts, audit, usage) = gateway.withStore {
      ($0.requestCounts, $0.audit.count, $0.usage.count)
    }
    var lines = [
      "# HELP gomodel_requests_total Requests handled, by method, path and status.",
      "# TYPE gomodel_requests_total counter",
    ]
    for key in counts.keys.sorted() {
      let parts = key.split(separator: " ", maxSplits: 2).map(String.init)
      lines.append(
        "gomodel_requests_total{method=\"\(parts[0])\",path=\"\(parts[1])\",status=\"\(parts[2])\"} \(counts[key]!)"
      )
    }
    lines += [
      "# HELP gomodel_audit_entries_total Audit log entries written.",
      "# TYPE gomodel_audit_entries_total counter",
      "gomodel_audit_entries_total \(audit)",
      "# HELP gomodel_usage_entries_total Usage entries written.",
      "# TYPE gomodel_usage_entries_total counter",
      "gomodel_usage_entries_total \(usage)",
      "# HELP gomodel_build_info Build information.",
      "# TYPE gomodel_build_info gauge",
      "gomodel_build_info{version=\"simulator\",storage=\"\(gateway.profile.storage)\"} 1",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
