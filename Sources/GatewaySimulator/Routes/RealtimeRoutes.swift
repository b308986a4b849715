import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import ServerKit
import Synchronization

/// Realtime voice sessions: `GET /v1/realtime?model=M[&provider=P]` and the provider-native
/// `GET /p/{provider}[/v1]/realtime?model=M`. A websocket upgrade for a model the gateway
/// serves (with valid credentials where they are required) is answered `101 Switching
/// Protocols`; the session then sends `session.created`, answers `session.update` with
/// `session.updated`, echoes every other client event, and closes cleanly after the idle
/// timeout. Anything else gets the gateway's error, and a plain request `426`.
enum RealtimeRoutes {
  static func register(on router: Router<SimContext>, gateway: Gateway) {
    for path in ["/v1/realtime", "/p/{provider}/v1/realtime", "/p/{provider}/realtime"] {
      router.get(RouterPath(path)) { request, context -> Response in
        let provider = context.parameters.get("provider") ?? request.query("provider")
        context.trace.update { $0.provider = provider }
        let model = try resolve(
          model: request.query("model"), provider: provider, gateway: gateway)
        context.trace.update {
          $0.model = request.query("model")
          $0.resolvedModel = model.id
        }
        throw GatewayError(
          status: .upgradeRequired, type: "invalid_request_error",
          message: "realtime sessions need a websocket upgrade (Upgrade: websocket)",
          code: "upgrade_required")
      }
    }
  }

  /// The realtime model `name` names (for `provider` when given).
  static func resolve(model name: String?, provider: String?, gateway: Gateway) throws
    -> CatalogModel
  {
    guard let name, !name.isEmpty else {
      throw GatewayError.invalidRequest("model is required", code: "missing_model")
    }
    if let provider, !ModelCatalog.providers.contains(provider) {
      throw GatewayError.invalidRequest(
        "unsupported provider: \(provider)", code: "unsupported_provider")
    }
    guard let model = ModelCatalog.model(name, provider: provider) else {
      throw gateway.modelNotFound(provider.map { "\($0)/\(name)" } ?? name)
    }
    guard model.category == "realtime" else {
      throw GatewayError.invalidRequest(
        "model \(name) does not support realtime sessions", code: "unsupported_model")
    }
    return model
  }

  /// Whether a websocket upgrade request is accepted: a realtime path, a realtime model and,
  /// on listeners that require it, the master key or an active managed key. Refused upgrades
  /// go on to the routes, which answer with the reason.
  static func upgrade(_ head: HTTPRequest, gateway: Gateway, idleTimeout: Duration)
    -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>>
  {
    let target = head.path ?? "/"
    let path = String(target.prefix { $0 != "?" })
    let query = target.contains("?") ? String(target.drop { $0 != "?" }.dropFirst()) : ""
    var parameters: [String: String] = [:]
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      parameters[parts[0].removingPercentEncoding()] =
        parts.count > 1 ? parts[1].removingPercentEncoding() : ""
    }
    let segments = path.split(separator: "/").map(String.init)
    var provider = parameters["provider"]
    switch segments {
    case ["v1", "realtime"]: break
    case _
    where segments.count >= 3 && segments[0] == "p" && segments.last == "realtime"
      && (segments.count == 3 || (segments.count == 4 && segments[2] == "v1")):
      provider = segments[1]
    default: return .dontUpgrade
    }
    guard authorized(head, gateway: gateway),
      let model = try? resolve(model: parameters["model"], provider: provider, gateway: gateway)
    else { return .dontUpgrade }
    var headers: HTTPFields = [:]
    if let requestID = head.headerFields[.requestID] { headers[.requestID] = requestID }
    let sessionID = gateway.withStore { $0.nextID("sess_") }
    return .upgrade(headers) { inbound, outbound, _ in
      try await session(
        id: sessionID, model: model, inbound: inbound, outbound: outbound, gateway: gateway,
        idleTimeout: idleTimeout)
    }
  }

  static func authorized(_ head: HTTPRequest, gateway: Gateway) -> Bool {
    guard gateway.profile.requiresAuth else { return true }
    guard let authorization = head.headerFields[.authorization] else { return false }
    let token =
      authorization.lowercased().hasPrefix("bearer ")
      ? String(authorization.dropFirst(7)).trimmingSpaces : authorization.trimmingSpaces
    if token == gateway.masterKey { return true }
    return gateway.withStore { store in store.keys.contains { $0.value == token && $0.active } }
  }

  /// One session: `session.created`, answers to client events, a clean close when idle.
  static func session(
    id: String, model: CatalogModel, inbound: WebSocketInboundStream,
    outbound: WebSocketOutboundWriter, gateway: Gateway, idleTimeout: Duration
  ) async throws {
    let session: JSON = [
      "id": .string(id), "object": "realtime.session", "model": .string(model.id),
      "provider": .string(model.provider), "modalities": ["audio", "text"],
    ]
    func send(_ type: String, _ fields: JSON) async throws {
      var event: JSON = [
        "type": .string(type), "event_id": .string(gateway.withStore { $0.nextID("event_") }),
      ]
      for member in fields.members ?? [] { event[member.key] = member.value }
      try await outbound.writeTextMessage(event.serialized)
    }
    try await send("session.created", ["session": session])
    let lastActivity = Mutex(ContinuousClock.now)
    let watchdog = Task {
      while !Task.isCancelled {
        try await Task.sleep(for: idleTimeout)
        if ContinuousClock.now - lastActivity.withLock({ $0 }) >= idleTimeout {
          try await outbound.close(.normalClosure, reason: "idle")
          return
        }
      }
    }
    defer { watchdog.cancel() }
    for try await message in inbound.messages(maxSize: 1 << 20) {
      lastActivity.withLock { $0 = .now }
      guard case .text(let text) = message, let event = JSON.parse(text) else {
        try await send(
          "error",
          ["error": ["type": "invalid_request_error", "message": "events are JSON text messages"]])
        continue
      }
      if event["type"]?.string == "session.update" {
        var updated = session
        for member in event["session"]?.members ?? [] { updated[member.key] = member.value }
        try await send("session.updated", ["session": updated])
      } else {
        try await outbound.writeTextMessage(text)
      }
    }
  }
}
