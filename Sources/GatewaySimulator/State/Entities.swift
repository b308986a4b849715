import ServerKit

/// An alias: a public model name that resolves to a provider's model.
struct Alias: Sendable {
  var name: String
  var targetModel: String
  var targetProvider: String
  var description: String
  var createdAt: Int
  var updatedAt: Int

  var json: JSON {
    [
      "name": .string(name), "target_model": .string(targetModel),
      "target_provider": .string(targetProvider), "description": .string(description),
      "resolved_model": .string("\(targetProvider)/\(targetModel)"), "enabled": true,
      "created_at": JSON(createdAt), "updated_at": JSON(updatedAt),
    ]
  }
}

/// An uploaded file.
struct StoredFile: Sendable {
  var id: String
  var filename: String
  var purpose: String
  var provider: String
  var content: [UInt8]
  var createdAt: Int

  var json: JSON {
    [
      "id": .string(id), "object": "file", "bytes": JSON(content.count),
      "created_at": JSON(createdAt), "filename": .string(filename), "purpose": .string(purpose),
      "status": "processed", "provider": .string(provider),
    ]
  }
}

/// A native batch.
struct Batch: Sendable {
  var id: String
  var provider: String
  var endpoint: String
  var inputFileID: String?
  var completionWindow: String
  var status: String
  var metadata: JSON
  var requestCount: Int
  var createdAt: Int
  var cancelledAt: Int?

  var json: JSON {
    [
      "id": .string(id), "object": "batch", "endpoint": .string(endpoint),
      "input_file_id": JSON(inputFileID), "completion_window": .string(completionWindow),
      "status": .string(status), "provider": .string(provider), "output_file_id": nil,
      "error_file_id": nil, "created_at": JSON(createdAt),
      "cancelled_at": cancelledAt.map { JSON($0) } ?? nil,
      "request_counts": ["total": JSON(requestCount), "completed": 0, "failed": 0],
      "metadata": metadata,
    ]
  }
}

/// One audit log entry.
struct AuditEntry: Sendable {
  var id: String
  var timestamp: Int
  var visibleAt: ContinuousClock.Instant
  var trace: TraceRecord
  var statusCode: Int
  var errorType: String?
  var errorMessage: String?
  var durationMilliseconds: Int

  var json: JSON {
    [
      "id": .string(id), "timestamp": .string(isoTime(timestamp)),
      "request_id": .string(trace.requestID), "method": .string(trace.method),
      "path": .string(trace.path), "model": JSON(trace.model),
      "requested_model": JSON(trace.model),
      "resolved_model": JSON(trace.resolvedModel), "provider": JSON(trace.provider),
      "status_code": JSON(statusCode), "stream": .bool(trace.stream),
      "duration_ms": JSON(durationMilliseconds), "user_path": .string(trace.userPath),
      "auth_method": JSON(trace.authMethod), "auth_key_id": JSON(trace.authKeyID),
      "execution_plan_version_id": JSON(trace.planVersionID),
      "workflow_version_id": JSON(trace.planID), "cache_type": JSON(trace.cacheType),
      "error_type": JSON(errorType), "error_message": JSON(errorMessage),
      "data": [
        "request_body": trace.requestBody ?? nil, "response_body": trace.responseBody ?? nil,
      ],
    ]
  }
}

/// One usage entry: the tokens and cost of a model call.
struct UsageEntry: Sendable {
  var id: String
  var requestID: String
  var timestamp: Int
  var visibleAt: ContinuousClock.Instant
  var model: String
  var provider: String
  var endpoint: String
  var userPath: String
  var cacheType: String?
  var usage: TokenUsage
  var inputCost: Double
  var outputCost: Double

  var totalCost: Double { inputCost + outputCost }

  /// Sets the costs from the catalog's current prices.
  mutating func price() {
    let model = ModelCatalog.model(self.model, provider: provider)
    inputCost = Double(usage.input) * (model?.inputPrice ?? 0.1) / 1e6
    outputCost = Double(usage.output + usage.reasoning) * (model?.outputPrice ?? 0.4) / 1e6
  }

  var json: JSON {
    [
      "id": .string(id), "request_id": .string(requestID), "timestamp": .string(isoTime(timestamp)),
      "model": .string(model), "provider": .string(provider), "endpoint": .string(endpoint),
      "user_path": .string(userPath), "cache_type": JSON(cacheType),
      "input_tokens": JSON(usage.input), "output_tokens": JSON(usage.output),
      "reasoning_tokens": JSON(usage.reasoning), "total_tokens": JSON(usage.total),
      "input_cost": .number(inputCost), "output_cost": .number(outputCost),
      "total_cost": .number(totalCost),
    ]
  }
}

/// A managed API key. Its value is shown once, at creation.
struct ManagedKey: Sendable {
  var id: String
  var name: String
  var description: String
  var userPath: String
  var value: String
  var active: Bool
  var createdAt: Int
  var expiresAt: Int?
  var deactivatedAt: Int?

  var redactedValue: String { String(value.prefix(7)) + "..." + String(value.suffix(4)) }

  var json: JSON {
    [
      "id": .string(id), "name": .string(name), "description": .string(description),
      "user_path": .string(userPath), "redacted_value": .string(redactedValue),
      "active": .bool(active), "created_at": JSON(createdAt),
      "expires_at": expiresAt.map { JSON($0) } ?? nil,
      "deactivated_at": deactivatedAt.map { JSON($0) } ?? nil,
    ]
  }
}

/// A workflow (execution plan): features for requests in its scope.
struct ExecutionPlan: Sendable {
  static let featureNames = ["cache", "audit", "usage", "guardrails", "fallback"]

  var id: String
  var versionID: String
  var version: Int
  var name: String
  var description: String
  var scopeProvider: String?
  var scopeModel: String?
  var scopeUserPath: String?
  var payload: JSON
  var active: Bool
  var createdAt: Int

  func feature(_ name: String) -> Bool { payload["features"]?[name]?.bool ?? (name != "fallback") }

  var scopeJSON: JSON {
    [
      "scope_provider": JSON(scopeProvider), "scope_model": JSON(scopeModel),
      "scope_user_path": JSON(scopeUserPath),
    ]
  }

  /// How specific the scope is; a request uses the most specific active plan that matches.
  var specificity: Int {
    (scopeProvider == nil ? 0 : 1) + (scopeModel == nil ? 0 : 2)
      + (scopeUserPath.map { 4 + $0.count } ?? 0)
  }

  func matches(provider: String?, model: String?, userPath: String) -> Bool {
    if let scopeProvider, scopeProvider != provider { return false }
    if let scopeModel, scopeModel != model { return false }
    if let scopeUserPath, !UserPath.contains(scopeUserPath, userPath) { return false }
    return true
  }
}

/// A cached response for the exact cache.
struct CachedResponse: Sendable {
  var body: JSON
  var model: String
  var provider: String
  var usage: TokenUsage
}

/// One cache hit, for the cache overview.
struct CacheHit: Sendable {
  var timestamp: Int
  var userPath: String
  var model: String
  var provider: String
  var savedCost: Double
}

/// Formats epoch seconds as `2026-04-02T10:00:00Z`.
func isoTime(_ seconds: Int) -> String {
  let (year, month, day) = civilDate(seconds)
  let rest = seconds % 86_400
  func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  return
    "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
}

/// Formats epoch seconds as a `2026-04-02` day.
func isoDay(_ seconds: Int) -> String { String(isoTime(seconds).prefix(10)) }

/// Year, month, day of epoch seconds (proleptic Gregorian, UTC).
func civilDate(_ seconds: Int) -> (Int, Int, Int) {
  let days = seconds / 86_400 + 719_468
  let era = days / 146_097
  let dayOfEra = days - era * 146_097
  let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
  let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
  let mp = (5 * dayOfYear + 2) / 153
  let day = dayOfYear - (153 * mp + 2) / 5 + 1
  let month = mp < 10 ? mp + 3 : mp - 9
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

/// User paths: `/team/release`, normalized without a trailing slash.
enum UserPath {
  /// The normalized path, or nil when it is not a valid user path (relative, `.`/`..`
  /// segments, empty segments inside, characters outside `[A-Za-z0-9._~@:-]`).
  static func normalize(_ raw: String) -> String? {
    let text = raw.trimmingSpaces
    guard text.hasPrefix("/") else { return nil }
    if text == "/" { return "/" }
    var segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
    if segments.last == "" { segments = segments.dropLast() }
    guard !segments.isEmpty else { return nil }
    for segment in segments {
      guard !segment.isEmpty, segment != ".", segment != "..",
        segment.allSatisfy({ $0.isLetter || $0.isNumber || "._~@:-".contains($0) })
      else { return nil }
    }
    return "/" + segments.joined(separator: "/")
  }

  /// Whether `path` is `ancestor` or below it.
  static func contains(_ ancestor: String, _ path: String) -> Bool {
    ancestor == "/" || path == ancestor || path.hasPrefix(ancestor + "/")
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
