import HTTPTypes
import Hummingbird
import ServerKit

/// The steps every model endpoint shares: resolve the model, apply the workflow, consult the
/// exact cache, and record what happened in the trace.
struct ModelCall {
  let gateway: Gateway
  let trace: RequestTrace

  /// Resolves `name`; with `provider` (passthrough) the model must be that provider's.
  func resolve(_ name: String?, provider: String? = nil) throws -> ResolvedModel {
    guard let name, !name.isEmpty else {
      throw GatewayError.invalidRequest("model is required", code: "missing_model")
    }
    trace.update { $0.model = name }
    let resolved: ResolvedModel
    if let provider, !name.contains("/") {
      resolved = try gateway.resolve("\(provider)/\(name)")
    } else {
      resolved = try gateway.resolve(name)
    }
    if let provider, resolved.provider != provider {
      throw GatewayError.invalidRequest(
        "model \(name) is not served by provider \(provider)", code: "provider_mismatch")
    }
    trace.update {
      $0.resolvedModel = resolved.model.id
      $0.provider = resolved.provider
    }
    return resolved
  }

  /// Workflow features for this call, once the caller's budgets allow it.
  func features(for resolved: ResolvedModel) throws -> (cache: Bool, guardrail: String?) {
    try checkBudget()
    let features = gateway.applyPlan(to: trace, resolved: resolved)
    return (features.cache, features.guardrail ? gateway.profile.guardrailPrompt : nil)
  }

  /// Refuses the call (429 `budget_exceeded`, with `Retry-After`) when a budget of the caller's
  /// user path or one above it is spent.
  func checkBudget() throws {
    let userPath = trace.snapshot.userPath
    let budgets = gateway.withStore { store in
      store.budgets.filter { UserPath.contains($0.userPath, userPath) }
    }
    guard !budgets.isEmpty else { return }
    let usage = gateway.visibleUsage
    let now = gateway.now
    for budget in budgets {
      let spent = budget.spent(usage, now: now).cost
      guard spent >= budget.amount else { continue }
      let oldest = usage.last { UserPath.contains(budget.userPath, $0.userPath) }?.timestamp ?? now
      var error = GatewayError(
        status: .tooManyRequests, type: "rate_limit_error",
        message:
          "budget exceeded for \(budget.userPath) (\(budget.period)): spent \(spent) of \(budget.amount)",
        code: "budget_exceeded")
      error.headers[.retryAfter] = String(max(1, oldest + budget.periodSeconds - now))
      throw error
    }
  }

  func cacheKey(endpoint: String, body: JSON) -> String {
    "\(endpoint)|\(trace.snapshot.userPath)|\(body.canonical)"
  }

  /// A cached response for an identical earlier request, recorded as an exact cache hit.
  func cachedResponse(key: String) -> Response? {
    guard let hit = gateway.withStore({ $0.cache[key] }) else { return nil }
    let userPath = trace.snapshot.userPath
    let model = ModelCatalog.model(hit.model, provider: hit.provider)
    let saved =
      (Double(hit.usage.input) * (model?.inputPrice ?? 0.1)
        + Double(hit.usage.output + hit.usage.reasoning) * (model?.outputPrice ?? 0.4)) / 1e6
    gateway.withStore {
      $0.cacheHits.append(
        CacheHit(
          timestamp: gateway.now, userPath: userPath, model: hit.model, provider: hit.provider,
          savedCost: saved))
    }
    trace.update {
      $0.cacheType = "exact"
      $0.usage = hit.usage
      $0.responseBody = hit.body
    }
    var response = Response.json(hit.body)
    response.headers[.cache] = "HIT (exact)"
    return response
  }

  func store(key: String, body: JSON, resolved: ResolvedModel, usage: TokenUsage) {
    gateway.withStore {
      $0.cache[key] = CachedResponse(
        body: body, model: resolved.model.id, provider: resolved.provider, usage: usage)
    }
  }

  func finish(body: JSON?, usage: TokenUsage, stream: Bool) {
    trace.update {
      $0.responseBody = body
      $0.usage = usage
      $0.stream = stream
    }
  }

  func nextID(_ prefix: String) -> String { gateway.withStore { $0.nextID(prefix) } }
}

extension TokenUsage {
  /// Chat Completions' `usage` object.
  var chatJSON: JSON {
    [
      "prompt_tokens": JSON(input), "completion_tokens": JSON(output + reasoning),
      "total_tokens": JSON(total + reasoning),
      "completion_tokens_details": ["reasoning_tokens": JSON(reasoning)],
    ]
  }

  /// The Responses API's `usage` object.
  var responsesJSON: JSON {
    [
      "input_tokens": JSON(input), "output_tokens": JSON(output + reasoning),
      "total_tokens": JSON(total + reasoning),
      "output_tokens_details": ["reasoning_tokens": JSON(reasoning)],
    ]
  }
}
