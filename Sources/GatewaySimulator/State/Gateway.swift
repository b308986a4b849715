import Foundation
import Synchronization

/// What distinguishes the five simulated gateways.
struct GatewayProfile: Sendable {
  /// The storage backend the real gateway of this listener uses (reported by `/health`).
  var storage: String
  /// Every route but `/health` needs the master key or an active managed key.
  var requiresAuth: Bool
  /// The exact response cache is configured (a workflow can still turn it off).
  var cacheAvailable: Bool
  /// A system-prompt guardrail that replaces the caller's system messages.
  var guardrailPrompt: String?
}

/// Everything one gateway remembers.
struct GatewayStore: Sendable {
  var counters: [String: Int] = [:]
  var aliases: [Alias] = []
  var files: [StoredFile] = []
  var batches: [Batch] = []
  var audit: [AuditEntry] = []
  var usage: [UsageEntry] = []
  var keys: [ManagedKey] = []
  var plans: [ExecutionPlan] = []
  var cache: [String: CachedResponse] = [:]
  var cacheHits: [CacheHit] = []
  var requestCounts: [String: Int] = [:]
  var storedResponses: [String: StoredResponse] = [:]

  /// `prefix_N` with a per-prefix counter.
  mutating func nextID(_ prefix: String) -> String {
    counters[prefix, default: 0] += 1
    return "\(prefix)\(counters[prefix]!)"
  }
}

/// A stored `/v1/responses` result.
struct StoredResponse: Sendable {
  var body: JSON
  var input: [JSON]
}

/// A model name resolved through aliases and the catalog.
struct ResolvedModel: Sendable {
  var requested: String
  var model: CatalogModel
  var alias: String?

  var provider: String { model.provider }
  /// The name the provider answers with.
  var responseModel: String { model.snapshot ?? model.id }
}

/// One listener's gateway: its profile, state, faults and settings.
final class Gateway: Sendable {
  let listener: GatewaySimulator.Listener
  let profile: GatewayProfile
  let masterKey: String
  let flushDelay: Duration
  let faults = FaultRegistry()
  private let store: Mutex<GatewayStore>

  init(listener: GatewaySimulator.Listener, masterKey: String, flushDelay: Duration) {
    self.listener = listener
    self.masterKey = masterKey
    self.flushDelay = flushDelay
    let profile: GatewayProfile
    switch listener {
    case .main: profile = .init(storage: "sqlite", requiresAuth: false, cacheAvailable: false)
    case .postgres:
      profile = .init(storage: "postgresql", requiresAuth: false, cacheAvailable: false)
    case .mongo: profile = .init(storage: "mongodb", requiresAuth: false, cacheAvailable: false)
    case .guardrail:
      profile = .init(
        storage: "sqlite", requiresAuth: false, cacheAvailable: false,
        guardrailPrompt: Gateway.guardrailPrompt)
    case .auth, .releaseAuth:
      profile = .init(storage: "sqlite", requiresAuth: true, cacheAvailable: true)
    }
    self.profile = profile
    var initial = GatewayStore()
    let globalID = initial.nextID("wf_")
    initial.plans.append(
      ExecutionPlan(
        id: globalID, versionID: initial.nextID("wfv_"), version: 1, name: "global",
        description: "Default workflow", scopeProvider: nil, scopeModel: nil, scopeUserPath: nil,
        payload: [
          "schema_version": 1,
          "features": [
            "cache": .bool(profile.cacheAvailable), "audit": true, "usage": true,
            "guardrails": .bool(profile.guardrailPrompt != nil), "fallback": false,
          ],
          "guardrails": profile.guardrailPrompt == nil
            ? [] : [["type": "system_prompt", "mode": "override", "name": "release-guardrail"]],
        ], active: true, createdAt: Gateway.now))
    store = Mutex(initial)
  }

  /// The system prompt the guardrail gateway is configured with.
  static let guardrailPrompt = "Reply with exactly GUARDRAIL_POLICY_ANSWER"

  func withStore<T>(_ body: (inout GatewayStore) throws -> T) rethrows -> T {
    try store.withLock { try body(&$0) }
  }

  static var now: Int { Int(Date().timeIntervalSince1970) }

  /// Audit and usage entries written now become visible at this instant.
  var visibleAt: ContinuousClock.Instant { ContinuousClock.now.advanced(by: flushDelay) }

  // MARK: Models

  /// Resolves a requested model name: aliases first, then `provider/model`, then the catalog.
  func resolve(_ requested: String) throws -> ResolvedModel {
    let trimmed = requested.trimmingSpaces
    guard !trimmed.isEmpty else {
      throw GatewayError.invalidRequest("model is required", code: "missing_model")
    }
    if let alias = withStore({ store in store.aliases.first { $0.name == trimmed } }) {
      guard let model = ModelCatalog.model(alias.targetModel, provider: alias.targetProvider) else {
        throw GatewayError.invalidRequest(
          "alias \(trimmed) points to an unsupported model", code: "unsupported_model")
      }
      return ResolvedModel(requested: trimmed, model: model, alias: trimmed)
    }
    if let slash = trimmed.firstIndex(of: "/") {
      let provider = String(trimmed[..<slash])
      let name = String(trimmed[trimmed.index(after: slash)...])
      if let model = ModelCatalog.model(name, provider: provider) {
        return ResolvedModel(requested: trimmed, model: model)
      }
    } else if let model = ModelCatalog.model(trimmed) {
      return ResolvedModel(requested: trimmed, model: model)
    }
    throw GatewayError.invalidRequest(
      "unsupported model: \(trimmed)", code: "unsupported_model")
  }

  // MARK: Workflows

  /// The active workflow for a request; the most specific scope wins.
  func plan(provider: String?, model: String?, userPath: String) -> ExecutionPlan? {
    withStore { store in
      store.plans.filter {
        $0.active && $0.matches(provider: provider, model: model, userPath: userPath)
      }
      .max { $0.specificity < $1.specificity }
    }
  }

  /// Applies the workflow for a resolved model to the trace; returns whether the exact cache
  /// and the guardrail apply.
  func applyPlan(to trace: RequestTrace, resolved: ResolvedModel) -> (cache: Bool, guardrail: Bool)
  {
    let userPath = trace.snapshot.userPath
    guard let plan = plan(provider: resolved.provider, model: resolved.model.id, userPath: userPath)
    else { return (false, false) }
    trace.update {
      $0.planVersionID = plan.versionID
      $0.audit = plan.feature("audit")
      $0.recordUsage = plan.feature("usage")
    }
    return (
      profile.cacheAvailable && plan.feature("cache"),
      profile.guardrailPrompt != nil && plan.feature("guardrails")
    )
  }

  // MARK: Recording

  /// Writes the audit entry (and the usage entry of a successful model call) of a finished
  /// request.
  func record(
    _ trace: TraceRecord, status: Int, errorType: String?, errorMessage: String?,
    duration: Duration
  ) {
    let timestamp = Gateway.now
    let visible = visibleAt
    withStore { store in
      store.requestCounts["\(trace.method) \(metricPath(trace.path)) \(status)", default: 0] += 1
      guard trace.path.hasPrefix("/v1/") || trace.path.hasPrefix("/p/") else { return }
      if trace.audit {
        let milliseconds =
          Int(duration.components.seconds * 1000)
          + Int(duration.components.attoseconds / 1_000_000_000_000_000)
        store.audit.append(
          AuditEntry(
            id: store.nextID("audit_"), timestamp: timestamp, visibleAt: visible, trace: trace,
            statusCode: status, errorType: errorType, errorMessage: errorMessage,
            durationMilliseconds: milliseconds))
      }
      if trace.recordUsage, status < 400, let usage = trace.usage,
        let modelName = trace.resolvedModel, let provider = trace.provider
      {
        let model = ModelCatalog.model(modelName, provider: provider)
        store.usage.append(
          UsageEntry(
            id: store.nextID("usage_"), requestID: trace.requestID, timestamp: timestamp,
            visibleAt: visible, model: modelName, provider: provider,
            endpoint: endpoint(trace.path), userPath: trace.userPath, cacheType: trace.cacheType,
            usage: usage, inputCost: Double(usage.input) * (model?.inputPrice ?? 0.1) / 1e6,
            outputCost: Double(usage.output + usage.reasoning) * (model?.outputPrice ?? 0.4) / 1e6))
      }
    }
  }

  /// Entries flushed by now.
  var visibleAudit: [AuditEntry] {
    let now = ContinuousClock.now
    return withStore { $0.audit.filter { $0.visibleAt <= now } }
  }

  var visibleUsage: [UsageEntry] {
    let now = ContinuousClock.now
    return withStore { $0.usage.filter { $0.visibleAt <= now } }
  }

  private func endpoint(_ path: String) -> String {
    guard path.hasPrefix("/p/") else { return path }
    let parts = path.split(separator: "/")
    guard parts.count > 2 else { return path }
    let rest = parts.dropFirst(2).filter { $0 != "v1" }
    return "/v1/" + rest.joined(separator: "/")
  }

  private func metricPath(_ path: String) -> String {
    path.hasPrefix("/p/") ? "/p/{provider}/*" : path
  }
}
