import Foundation
import ServerKit
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
  /// The guardrails feature is switched on (the runtime configuration reports it), with or
  /// without a global guardrail.
  var guardrailsEnabled = false
  /// The exact cache is backed by Redis (`REDIS_URL` set).
  var redis = false
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
  var budgets: [Budget] = []
  var budgetSettings = BudgetSettings()
  var random: SeededGenerator
  var live = LiveLog()

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

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
  let clock: SimulatorClock
  let release: GatewaySimulator.Release
  let streamLatency: Duration
  let heartbeat: Duration
  let faults = FaultRegistry()
  let subscribers: LiveSubscribers
  /// The simulator's time for pauses and visibility (shared by every listener).
  let timeline: SimulatorTimeline
  private let store: Mutex<GatewayStore>
  private let detectedRelease = Mutex<GatewaySimulator.Release?>(nil)

  init(
    listener: GatewaySimulator.Listener, configuration: GatewaySimulator.Configuration,
    timeline: SimulatorTimeline = SimulatorTimeline()
  ) {
    self.listener = listener
    self.timeline = timeline
    self.subscribers = LiveSubscribers(timeline: timeline)
    self.masterKey = configuration.masterKey
    self.flushDelay = configuration.flushDelay
    self.clock = configuration.clock
    self.release = configuration.release
    self.streamLatency = configuration.streamLatency
    self.heartbeat = configuration.liveHeartbeat
    let guardrailPrompt = configuration.guardrailPrompt
    let profile: GatewayProfile
    switch listener {
    case .main: profile = .init(storage: "sqlite", requiresAuth: false, cacheAvailable: false)
    case .postgres:
      profile = .init(storage: "postgresql", requiresAuth: false, cacheAvailable: false)
    case .mongo: profile = .init(storage: "mongodb", requiresAuth: false, cacheAvailable: false)
    case .guardrail:
      profile = .init(
        storage: "sqlite", requiresAuth: false, cacheAvailable: false,
        guardrailPrompt: guardrailPrompt, guardrailsEnabled: true)
    case .auth, .releaseAuth:
      profile = .init(
        storage: "sqlite", requiresAuth: true, cacheAvailable: true, guardrailsEnabled: true,
        redis: true)
    }
    self.profile = profile
    let index = GatewaySimulator.Listener.allCases.firstIndex(of: listener)!
    var initial = GatewayStore(seed: configuration.seed &* 31 &+ UInt64(index))
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
        ], active: true, createdAt: configuration.clock.now))
    store = Mutex(initial)
  }

  func withStore<T>(_ body: (inout GatewayStore) throws -> T) rethrows -> T {
    try store.withLock { try body(&$0) }
  }

  /// The simulator clock's reading, in epoch seconds.
  var now: Int { clock.now }

  /// Audit and usage entries written now become visible at this instant.
  var visibleAt: ContinuousClock.Instant { timeline.now.advanced(by: flushDelay) }

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
    throw modelNotFound(trimmed)
  }

  /// The error for a model no provider serves: 404 `model_not_found` (400 `unsupported_model`
  /// in the 2026-05 release).
  func modelNotFound(_ name: String) -> GatewayError {
    switch effectiveRelease {
    case .may2026:
      return .invalidRequest("unsupported model: \(name)", code: "unsupported_model")
    case .current, .automatic:
      return .notFound("model not found: \(name)", code: "model_not_found")
    }
  }

  /// The release this gateway follows now (see ``GatewaySimulator/Release/automatic``).
  var effectiveRelease: GatewaySimulator.Release {
    guard release == .automatic else { return release }
    return detectedRelease.withLock { $0 } ?? .current
  }

  /// A client used an API only `older` (and earlier releases) serve.
  func sawAPI(of older: GatewaySimulator.Release) {
    detectedRelease.withLock { $0 = $0 ?? older }
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
      $0.planID = plan.id
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
    let timestamp = now
    let visible = visibleAt
    let events = withStore { store -> [LiveEvent] in
      store.requestCounts["\(trace.method) \(metricPath(trace.path)) \(status)", default: 0] += 1
      guard trace.path.hasPrefix("/v1/") || trace.path.hasPrefix("/p/") else { return [] }
      var events: [LiveEvent] = []
      if trace.audit {
        let milliseconds =
          Int(duration.components.seconds * 1000)
          + Int(duration.components.attoseconds / 1_000_000_000_000_000)
        let entry = AuditEntry(
          id: store.nextID("audit_"), timestamp: timestamp, visibleAt: visible, trace: trace,
          statusCode: status, errorType: errorType, errorMessage: errorMessage,
          durationMilliseconds: milliseconds)
        store.audit.append(entry)
        events.append(store.live.append("audit.created", entry.json, visibleAt: visible))
      }
      if trace.recordUsage, status < 400, let usage = trace.usage,
        let modelName = trace.resolvedModel, let provider = trace.provider
      {
        var entry = UsageEntry(
          id: store.nextID("usage_"), requestID: trace.requestID, timestamp: timestamp,
          visibleAt: visible, model: modelName, provider: provider,
          endpoint: endpoint(trace.path), userPath: trace.userPath, cacheType: trace.cacheType,
          usage: usage, inputCost: 0, outputCost: 0)
        entry.price()
        store.usage.append(entry)
        events.append(store.live.append("usage.created", entry.json, visibleAt: visible))
      }
      return events
    }
    subscribers.publish(events, after: flushDelay)
  }

  /// Entries flushed by now.
  var visibleAudit: [AuditEntry] {
    let now = timeline.now
    return withStore { $0.audit.filter { $0.visibleAt <= now } }
  }

  var visibleUsage: [UsageEntry] {
    let now = timeline.now
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
