import ServerKit

/// The admin API: aliases, execution plans, usage, audit, budgets, auth keys and the live feed.
extension FidelityResponder {
  static func admin(_ request: FidelityRequest, method: String, parts: [String]) -> FidelityResponse
  {
    let body = request.json
    if let body, body.allStrings.contains(where: { $0.contains("/../") }) {
      return .error(
        400, type: "invalid_request_error", message: "invalid user_path: must not contain '..'")
    }
    let head = parts.first ?? ""
    switch (method, head) {
    case ("GET", "models") where parts.last == "categories":
      return .json([
        ["category": "chat", "count": 9], ["category": "embedding", "count": 2],
        ["category": "audio", "count": 2],
      ])
    case ("GET", "models"):
      let models = models(request)
      guard case .bytes(let bytes) = models.body, let list = JSON.parse(bytes)?["data"]?.array
      else { return models }
      return .json(
        .array(
          list.map { ["model": $0, "provider_type": $0["owned_by"] ?? .null, "category": "chat"] }))
    case ("GET", "usage"): return usage(request, parts: parts)
    case ("POST", "usage"):
      return .json([
        "status": "ok", "recalculated": 3,
        "user_path": request.queryValue("user_path").map(JSON.string) ?? .null,
      ])
    case ("GET", "audit"): return audit(request, parts: parts)
    case ("GET", "aliases"), ("GET", "virtual-models"):
      return .json([
        [
          "name": "qa-existing-alias", "source": "qa-existing-alias",
          "target_model": "gpt-4.1-nano", "kind": "redirect", "enabled": true,
        ]
      ])
    case ("PUT", "aliases"), ("PUT", "virtual-models"), ("POST", "virtual-models"):
      return alias(body: body, name: parts.count > 1 ? parts[1] : nil)
    case ("DELETE", "aliases"), ("DELETE", "virtual-models"):
      return FidelityResponse(status: 204)
    case ("GET", "dashboard"), ("GET", "runtime"):
      return .json([
        "auth_enabled": true, "cache_enabled": true, "usage_enabled": true, "audit_enabled": true,
        "guardrails_enabled": false, "version": "fidelity",
      ])
    case ("GET", "auth-keys"):
      return .json([
        [
          "id": "key-qa-existing", "name": "qa-existing-key", "user_path": "/team", "active": true,
          "expires_at": .null, "redacted_value": "sk-gm-…qa01",
        ]
      ])
    case ("POST", "auth-keys"):
      if parts.last == "deactivate" {
        return .json([
          "id": .string(parts.count > 1 ? parts[1] : ""), "active": false, "status": "deactivated",
        ])
      }
      let value = "sk-gm-\(digest(request))\(String(digest(request).reversed()))"
      return .json(
        [
          "id": .string("key-\(digest(request))"), "name": body?["name"] ?? .null,
          "description": body?["description"] ?? .null, "user_path": body?["user_path"] ?? .null,
          "active": true, "expires_at": .null,
          "redacted_value": .string("sk-gm-…" + value.suffix(4)),
          "value": .string(value),
        ])
    case ("GET", "execution-plans"), ("GET", "workflows"):
      if parts.count > 1 { return .json(plan(id: parts[1], body: nil)) }
      return .json(["data": [plan(id: "plan-qa-global", body: nil)], "total": 1])
    case ("POST", "execution-plans"), ("POST", "workflows"):
      if parts.last == "deactivate" {
        return .json([
          "id": .string(parts.count > 1 ? parts[1] : ""), "active": false, "status": "deactivated",
        ])
      }
      return .json(plan(id: "plan-\(digest(request))", body: body))
    case ("GET", "cache"):
      return .json(
        [
          "days": .int(Int(request.queryValue("days") ?? "") ?? 7),
          "user_path": request.queryValue("user_path").map(JSON.string) ?? .null,
          "total_hits": 1, "exact_hits": 1, "semantic_hits": 0, "saved_tokens": 17,
          "saved_cost": 0.0625,
        ])
    case (_, "budgets"): return budgets(request, method: method, parts: parts, body: body)
    case ("GET", "live"): return live(request)
    default: return generic(request, method: method)
    }
  }

  static func alias(body: JSON?, name: String?) -> FidelityResponse {
    let source = name.map(JSON.string) ?? body?["source"] ?? body?["name"] ?? .null
    let target = body?["target_model"]?.string ?? ""
    let pieces = target.split(separator: "/", maxSplits: 1).map(String.init)
    let provider =
      body?["target_provider"]?.string ?? (pieces.count == 2 ? pieces[0] : provider(of: target))
    let model = pieces.count == 2 ? pieces[1] : target
    return .json(
      [
        "name": source, "source": source, "kind": "redirect", "target_model": .string(target),
        "target_provider": .string(provider),
        "resolved_model": .string(target.contains("/") ? target : "\(provider)/\(target)"),
        "provider_type": .string(provider),
        "targets": [["provider": .string(provider), "model": .string(model)]],
        "description": body?["description"] ?? .null, "enabled": true,
      ])
  }

  static func plan(id: String, body: JSON?) -> JSON {
    let payload =
      body?["plan_payload"] ?? [
        "schema_version": 1, "features": ["cache": true, "audit": true, "usage": true],
      ]
    return [
      "id": .string(id), "name": body?["name"] ?? "qa-workflow",
      "description": body?["description"] ?? .null,
      "scope": [
        "provider": body?["scope_provider"] ?? "openai",
        "model": body?["scope_model"] ?? "gpt-4.1-nano",
        "user_path": body?["scope_user_path"] ?? .null,
      ],
      "plan_payload": payload, "effective_features": payload["features"] ?? [:], "active": true,
    ]
  }

  static func usage(_ request: FidelityRequest, parts: [String]) -> FidelityResponse {
    switch parts.dropFirst().first ?? "" {
    case "summary":
      return .json([
        "total_requests": 42, "total_input_tokens": 1200, "total_output_tokens": 340,
        "total_tokens": 1540, "total_cost": 0.015625,
      ])
    case "daily":
      let days = min(Int(request.queryValue("days") ?? "") ?? 3, 3)
      return .json(
        .array(
          (0..<max(days, 0)).map {
            [
              "date": .string("2026-01-0\($0 + 1)"), "requests": .int(10 + $0),
              "total_tokens": .int(400 + $0 * 10),
            ]
          }))
    case "models":
      return .json([
        [
          "model": "gpt-4.1-nano", "provider": "openai", "requests": 30, "input_tokens": 700,
          "output_tokens": 200, "total_tokens": 900,
        ],
        [
          "model": "claude-sonnet-4-6", "provider": "anthropic", "requests": 12,
          "input_tokens": 500, "output_tokens": 140, "total_tokens": 640,
        ],
      ])
    default:
      let requestID = request.queryValue("search") ?? "qa-usage-1"
      let entry: JSON = [
        "id": "usage-1", "request_id": .string(requestID),
        "model": .string(request.queryValue("model") ?? "gpt-4.1-nano"),
        "provider": "openai", "endpoint": "/v1/chat/completions",
        "user_path": .string(request.queryValue("user_path") ?? "/"),
        "cache_type": .string(request.queryValue("cache_mode") == "cached" ? "exact" : "none"),
        "input_tokens": 12, "output_tokens": 5, "total_tokens": 17, "total_cost": 0.0078125,
      ]
      return .json([
        "total": 1, "limit": .int(Int(request.queryValue("limit") ?? "") ?? 50), "offset": 0,
        "entries": [entry],
      ])
    }
  }

  static func audit(_ request: FidelityRequest, parts: [String]) -> FidelityResponse {
    let requestID = request.queryValue("search") ?? "qa-audit-1"
    let failed = requestID.contains("invalid")
    let entry: JSON = [
      "id": "audit-1", "request_id": .string(requestID),
      "model": failed ? "does-not-exist-model" : "gpt-4.1-nano",
      "resolved_model": failed ? .null : "gpt-4.1-nano", "provider": failed ? "" : "openai",
      "path": "/v1/chat/completions",
      "status_code": failed ? 400 : 200, "stream": false,
      "error_type": failed ? "invalid_request_error" : .null,
      "auth_method": "master_key", "auth_key_id": .null,
      "user_path": .string(request.queryValue("user_path") ?? "/"),
      "execution_plan_version_id": "plan-qa-global", "cache_type": .null,
      "data": ["response_body": ["choices": [["message": ["content": "QA_AUDIT_OK"]]]]],
    ]
    if parts.last == "conversation" {
      return .json(["anchor_id": .string(request.queryValue("log_id") ?? ""), "entries": [entry]])
    }
    return .json([
      "total": 1, "limit": .int(Int(request.queryValue("limit") ?? "") ?? 50), "offset": 0,
      "entries": [entry],
    ])
  }

  static func budgets(_ request: FidelityRequest, method: String, parts: [String], body: JSON?)
    -> FidelityResponse
  {
    if parts.count > 1, parts[1] == "settings" {
      if case .object(let members) = body ?? [:] {
        if let bad = members.first(where: {
          $0.key.hasSuffix("_hour") && ($0.value == .int(24) || $0.value == .int(-1))
        }) {
          return .error(
            400, type: "invalid_request_error", message: "\(bad.key) must be between 0 and 23")
        }
        let defaults: JSON = [
          "daily_reset_hour": 0, "daily_reset_minute": 0, "weekly_reset_weekday": 1,
          "monthly_reset_day": 1,
        ]
        let unset = (defaults.members ?? []).filter { key in !members.contains { $0.key == key.key }
        }
        return .json(.object(unset + members))
      }
      return .error(400, type: "invalid_request_error", message: "settings must be an object")
    }
    let path = body?["user_path"] ?? .string(request.queryValue("user_path") ?? "/team")
    if method == "DELETE" { return .json(["budgets": []]) }
    let amount = body?["amount"] ?? 1
    return .json(
      [
        "budgets": [
          [
            "user_path": path, "period": "daily", "period_seconds": 86400, "amount": amount,
            "source": "manual",
            "spent": 0, "remaining": amount, "has_usage": false, "usage_ratio": 0,
            "last_reset_at": .string("2026-01-01T00:00:00Z"),
          ]
        ]
      ])
  }

  /// A finite live feed: the events a subscriber would see, then the connection closes (no
  /// waiting for `--max-time`).
  static func live(_ request: FidelityRequest) -> FidelityResponse {
    if let cursor = request.queryValue("cursor"), Int(cursor) == nil {
      return .error(400, type: "invalid_request_error", message: "cursor must be an integer")
    }
    let types = (request.queryValue("types") ?? "audit,usage").split(separator: ",").map(
      String.init)
    var events: [(event: String?, data: JSON)] = [("reset", ["cursor": 0])]
    if request.queryValue("cursor") == nil {
      for type in types {
        events.append(
          (
            "\(type).created",
            ["type": .string(type), "request_id": "qa-live-1", "model": "gpt-4.1-nano"]
          ))
      }
    }
    events.append(("heartbeat", ["cursor": 1]))
    var response = FidelityResponse.events(events, done: false)
    response.closeAfter = true
    return response
  }
}
