import ServerKit

/// Everything else: generic JSON answers and `/metrics`.
extension FidelityResponder {
  static func generic(_ request: FidelityRequest, method: String) -> FidelityResponse {
    let head: JSON = [
      "id": .string("obj_\(digest(request))"), "object": "echo", "status": "ok",
      "method": .string(method), "path": .string(request.path),
      "query": .object(request.query.map { JSON.Member(key: $0.name, value: .string($0.value)) }),
    ]
    var members = head.members ?? []
    if case .object(let body) = request.json ?? .null {
      members += body.filter { key in !members.contains { $0.key == key.key } }
    }
    let tail: JSON = [
      "data": [["id": "item-1", "value": 1], ["id": "item-2", "value": 2]], "total": 2,
    ]
    return .json(.object(members + (tail.members ?? [])))
  }

  static func metrics() -> FidelityResponse {
    var lines = [
      "# HELP gateway_requests_total Requests served.", "# TYPE gateway_requests_total counter",
    ]
    for (provider, count) in [("openai", 30), ("anthropic", 12), ("gemini", 4)] {
      lines.append("gateway_requests_total{provider=\"\(provider)\",status=\"200\"} \(count)")
    }
    lines += [
      "# HELP gateway_request_duration_seconds Request latency.",
      "# TYPE gateway_request_duration_seconds histogram",
    ]
    var cumulative = 0
    for (bound, count) in [("0.1", 5), ("0.5", 20), ("1", 12), ("5", 9), ("+Inf", 0)] {
      cumulative += count
      lines.append("gateway_request_duration_seconds_bucket{le=\"\(bound)\"} \(cumulative)")
    }
    lines += [
      "gateway_request_duration_seconds_sum 31.25",
      "gateway_request_duration_seconds_count \(cumulative)",
    ]
    lines += [
      "# HELP gateway_cache_hits_total Cache hits.", "# TYPE gateway_cache_hits_total counter",
    ]
    lines += [
      "gateway_cache_hits_total{type=\"exact\"} 3", "gateway_cache_hits_total{type=\"semantic\"} 1",
    ]
    lines += [
      "# HELP gateway_up Whether the gateway is up.", "# TYPE gateway_up gauge", "gateway_up 1",
    ]
    return .text(
      lines.joined(separator: "\n") + "\n", contentType: "text/plain; version=0.0.4; charset=utf-8")
  }
}
