import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import ServerKit

/// A stateful, in-memory stand-in for the GoModel gateway of a release end-to-end setup: five
/// listeners, each its own gateway with its own state (the SQLite-backed main gateway, the
/// PostgreSQL and MongoDB smoke gateways, the guardrail gateway and the auth-enabled gateway).
///
/// Model calls are answered by a deterministic fake model that follows "Reply with exactly X";
/// ids come from counters, secrets from a generator seeded with ``Configuration/seed``,
/// timestamps from ``Configuration/clock``; audit and usage entries become visible after
/// ``Configuration/flushDelay``.
public final class GatewaySimulator: Sendable {
  /// One of the gateways.
  public enum Listener: String, CaseIterable, Sendable {
    /// The SQLite-backed main gateway (port 18080).
    case main
    /// The PostgreSQL-backed smoke gateway (port 18081).
    case postgres
    /// The MongoDB-backed smoke gateway (port 18082).
    case mongo
    /// The gateway with a system-prompt guardrail that overrides answers (port 18083).
    case guardrail
    /// The auth-enabled gateway: master key, managed keys, workflows, exact cache (port 8080).
    case auth
    /// A second auth-enabled gateway, dedicated to release runs (port 18084), as later matrices
    /// use it next to the live one on 8080.
    case releaseAuth = "release-auth"
  }

  /// The gateway release whose behaviour the simulator follows where releases differ.
  public enum Release: String, Sendable, CaseIterable {
    /// The May 2026 gateway: a model no provider serves is a 400 `invalid_request_error`
    /// (`unsupported_model`).
    case may2026 = "2026-05"
    /// The current gateway: a model no provider serves is a 404 `not_found_error`
    /// (`model_not_found`).
    case current
    /// The current release until a client uses the aliases API, which the current release
    /// replaced with virtual models: from then on that listener follows the 2026-05 release.
    case automatic
  }

  /// Where and how the simulator listens.
  public struct Configuration: Sendable {
    /// The address every listener binds to.
    public var host: String
    /// The port of each listener; 0 picks a free port. Listeners missing here use their
    /// default port.
    public var ports: [Listener: Int]
    /// The auth listener's master key (`GOMODEL_MASTER_KEY`); must not be empty.
    public var masterKey: String
    /// How long after a request its audit and usage entries become visible.
    public var flushDelay: Duration
    /// Seeds the generator of managed key values: the same seed, the same keys.
    public var seed: UInt64
    /// Where every timestamp comes from (default: a virtual clock stepping one second a
    /// reading from 2026-01-01T00:00:00Z, so runs are reproducible).
    public var clock: SimulatorClock
    /// Which gateway release to follow where releases differ.
    public var release: Release
    /// The system prompt of the guardrail listener's global guardrail.
    public var guardrailPrompt: String
    /// How long a streamed answer takes to start (the provider's time to first token).
    public var streamLatency: Duration
    /// The interval of the live feed's heartbeat events.
    public var liveHeartbeat: Duration
    /// How long a realtime session stays open without a client event.
    public var realtimeIdleTimeout: Duration

    /// A configuration; `masterKey` is required for the auth listener.
    public init(
      host: String = "127.0.0.1", ports: [Listener: Int] = GatewaySimulator.defaultPorts,
      masterKey: String, flushDelay: Duration = .zero, seed: UInt64 = 0,
      clock: SimulatorClock = .stepping(from: SimulatorClock.defaultStart),
      release: Release = .automatic,
      guardrailPrompt: String = GatewaySimulator.defaultGuardrailPrompt,
      streamLatency: Duration = .milliseconds(800), liveHeartbeat: Duration = .seconds(5),
      realtimeIdleTimeout: Duration = .seconds(1)
    ) {
      self.host = host
      self.ports = ports
      self.masterKey = masterKey
      self.flushDelay = flushDelay
      self.seed = seed
      self.clock = clock
      self.release = release
      self.guardrailPrompt = guardrailPrompt
      self.streamLatency = streamLatency
      self.liveHeartbeat = liveHeartbeat
      self.realtimeIdleTimeout = realtimeIdleTimeout
    }
  }

  /// The release stack's guardrail: "Reply with exactly QA_GUARDRAIL_OVERRIDE".
  public static let defaultGuardrailPrompt = "Reply with exactly QA_GUARDRAIL_OVERRIDE"

  /// Why the simulator could not start.
  public enum StartError: Error, Sendable, CustomStringConvertible {
    /// The master key is empty.
    case missingMasterKey
    /// A listener stopped before it accepted connections (a port in use, say).
    case listenerFailed(Listener, port: Int, reason: String)

    public var description: String {
      switch self {
      case .missingMasterKey: return "a master key is required for the auth listener"
      case .listenerFailed(let listener, let port, let reason):
        return "the \(listener.rawValue) listener could not listen on port \(port): \(reason)"
      }
    }
  }

  /// main 18080, postgres 18081, mongo 18082, guardrail 18083, auth 8080, release-auth 18084.
  public static let defaultPorts: [Listener: Int] = [
    .main: 18080, .postgres: 18081, .mongo: 18082, .guardrail: 18083, .auth: 8080,
    .releaseAuth: 18084,
  ]

  /// The auth listener's master key.
  public let masterKey: String
  private let host: String
  private let gateways: [Listener: Gateway]
  private let servers: [Listener: RunningServer]

  private init(
    masterKey: String, host: String, gateways: [Listener: Gateway],
    servers: [Listener: RunningServer]
  ) {
    self.masterKey = masterKey
    self.host = host
    self.gateways = gateways
    self.servers = servers
  }

  /// Starts every listener; returns once all of them accept connections.
  public static func start(_ configuration: Configuration) async throws -> GatewaySimulator {
    guard !configuration.masterKey.isEmpty else { throw StartError.missingMasterKey }
    let activity = Activity()
    let gateways = Dictionary(
      uniqueKeysWithValues: Listener.allCases.map {
        ($0, Gateway(listener: $0, configuration: configuration, timeline: activity.timeline))
      })
    var servers: [Listener: RunningServer] = [:]
    var failure: StartError?
    await withTaskGroup(of: (Listener, Result<RunningServer, RunningServer.StartError>).self) {
      group in
      for (listener, gateway) in gateways {
        group.addTask {
          do throws(RunningServer.StartError) {
            let server = try await listen(gateway, configuration: configuration, activity: activity)
            return (listener, .success(server))
          } catch {
            return (listener, .failure(error))
          }
        }
      }
      for await (listener, result) in group {
        switch result {
        case .success(let server):
          servers[listener] = server
        case .failure(let error):
          failure =
            failure
            ?? .listenerFailed(
              listener, port: configuration.ports[listener] ?? defaultPorts[listener]!,
              reason: error.reason)
        }
      }
    }
    if let failure {
      await stop(Array(servers.values))
      throw failure
    }
    return GatewaySimulator(
      masterKey: configuration.masterKey, host: configuration.host, gateways: gateways,
      servers: servers)
  }

  /// Serves one gateway on its listener's port (HTTP/1.1, WebSocket upgrades for realtime).
  private static func listen(
    _ gateway: Gateway, configuration: Configuration, activity: Activity
  ) async throws(RunningServer.StartError) -> RunningServer {
    let port = configuration.ports[gateway.listener] ?? defaultPorts[gateway.listener]!
    let faults = gateway.faults
    let idle = configuration.realtimeIdleTimeout
    return try await RunningServer.start(port: port) { onServerRunning in
      Application(
        router: router(for: gateway, activity: activity),
        server: .http1WebSocketUpgrade(
          configuration: .init(
            http1: .init(additionalChannelHandlers: [
              DropConnectionHandler(registry: faults),
              DateHeaderHandler(clock: configuration.clock),
            ]),
            ws: .init(autoPing: .disabled, closeTimeout: .seconds(1))),
          shouldUpgrade: { head, _, _ in
            RealtimeRoutes.upgrade(head, gateway: gateway, idleTimeout: idle)
          }),
        configuration: .init(address: .hostname(configuration.host, port: port)),
        onServerRunning: onServerRunning,
        logger: RunningServer.quietLogger(label: "gateway-sim"))
    }
  }

  /// The port a listener is bound to.
  public func port(_ listener: Listener) -> Int { servers[listener]!.port }

  /// Where a runtime in virtual time asks the simulator to finish what it is doing before a
  /// skipped `sleep` (see `ActivityMiddleware`).
  public var settleURL: String { baseURL(.main) + ActivityMiddleware.settlePath }

  /// `http://HOST:PORT` of a listener.
  public func baseURL(_ listener: Listener) -> String {
    let host = host.contains(":") ? "[\(host)]" : host
    return "http://\(host):\(port(listener))"
  }

  /// The variables a `.env` for this gateway holds: `["GOMODEL_MASTER_KEY": masterKey]`.
  public var environmentFile: [String: String] { ["GOMODEL_MASTER_KEY": masterKey] }

  /// Makes `listener` misbehave for requests that match `fault` until ``clearFaults()``.
  public func inject(_ fault: Fault, on listener: Listener) {
    gateways[listener]!.faults.add(fault)
  }

  /// Removes every injected fault from every listener.
  public func clearFaults() {
    for gateway in gateways.values { gateway.faults.clear() }
  }

  /// Stops every listener and waits until their ports are released.
  public func shutdown() async {
    await Self.stop(Array(servers.values))
  }

  private static func stop(_ servers: [RunningServer]) async {
    await withTaskGroup(of: Void.self) { group in
      for server in servers { group.addTask { await server.stop() } }
    }
  }

  static func router(for gateway: Gateway, activity: Activity = Activity()) -> Router<SimContext> {
    let router = Router(context: SimContext.self)
    router.add(middleware: ActivityMiddleware(activity: activity))
    router.add(middleware: FaultMiddleware(registry: gateway.faults))
    router.add(middleware: TraceMiddleware(gateway: gateway))
    router.add(middleware: AccessMiddleware(gateway: gateway))
    InfraRoutes.register(on: router, gateway: gateway)
    ChatRoutes.register(on: router, gateway: gateway)
    ResponsesRoutes.register(on: router, gateway: gateway)
    AudioRoutes.register(on: router, gateway: gateway)
    RealtimeRoutes.register(on: router, gateway: gateway)
    EmbeddingRoutes.register(on: router, gateway: gateway)
    MessagesRoutes.register(on: router, gateway: gateway)
    FileRoutes.register(on: router, gateway: gateway)
    BatchRoutes.register(on: router, gateway: gateway)
    PassthroughRoutes.register(on: router, gateway: gateway)
    for prefix in ["/admin/api/v1", "/admin"] {
      let group = router.group(RouterPath(prefix))
      AdminModelRoutes.register(on: group, gateway: gateway)
      AliasRoutes.register(on: group, gateway: gateway)
      VirtualModelRoutes.register(on: group, gateway: gateway)
      BudgetRoutes.register(on: group, gateway: gateway)
      LiveRoutes.register(on: group, gateway: gateway)
      UsageRoutes.register(on: group, gateway: gateway)
      AuditRoutes.register(on: group, gateway: gateway)
      AuthKeyRoutes.register(on: group, gateway: gateway)
      ExecutionPlanRoutes.register(on: group, gateway: gateway)
      CacheRoutes.register(on: group, gateway: gateway)
    }
    return router
  }
}
