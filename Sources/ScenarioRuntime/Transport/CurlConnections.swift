import AsyncHTTPClient
import NIOCore
import Synchronization

/// One curl process's connections: the HTTP client its transfers share, how many connections
/// it opened (`%{num_connects}` counts those a transfer opened, 0 when it reused one) and the
/// connection a `101` answer took out of HTTP (`CurlUpgradeTap`).
///
/// Every curl command gets one, as every curl command of a bash script is a process of its own:
/// connections are reused within one command (several URLs, `--next`, a `-L` redirect, retries)
/// and never across commands.
final class CurlConnections: Sendable {
  /// What the client's connection initializers report (apart from `CurlConnections`, which
  /// owns the client: no cycle).
  private final class Log: Sendable {
    struct State {
      var opened = 0
      /// The local port of the connection opened last.
      var port: Int?
      var upgraded: CurlUpgradeTap.Handle?
    }

    let state = Mutex(State())
  }

  private let log = Log()
  /// Created on first use: a command that fails before any transfer costs no client.
  private let lazyClient = Mutex<HTTPClient?>(nil)
  private let eventLoopGroup: any EventLoopGroup
  private let configuration: HTTPClient.Configuration

  init(eventLoopGroup: any EventLoopGroup, configuration: HTTPClient.Configuration) {
    self.eventLoopGroup = eventLoopGroup
    self.configuration = configuration
  }

  var client: HTTPClient {
    lazyClient.withLock { client in
      if let client { return client }
      var configuration = configuration
      let framing = configuration.http1_1ConnectionDebugInitializer
      let log = log
      configuration.http1_1ConnectionDebugInitializer = { channel in
        log.state.withLock {
          $0.opened += 1
          $0.port = channel.localAddress?.port
        }
        let framed = framing?(channel) ?? channel.eventLoop.makeSucceededVoidFuture()
        return framed.flatMap {
          CurlUpgradeTap.install(on: channel) { handle in
            log.state.withLock { $0.upgraded = handle }
          }
        }
      }
      let http2 = configuration.http2ConnectionDebugInitializer
      configuration.http2ConnectionDebugInitializer = { channel in
        log.state.withLock { $0.opened += 1 }
        return http2?(channel) ?? channel.eventLoop.makeSucceededVoidFuture()
      }
      let made = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: configuration)
      client = made
      return made
    }
  }

  /// Connections opened so far.
  var opened: Int { log.state.withLock { $0.opened } }

  /// The local port of the connection opened last (virtual time names transfers by it).
  var latestPort: Int? { log.state.withLock { $0.port } }

  /// The connection that last answered `101`, for the transfer that waits for its response.
  func takeUpgraded() -> CurlUpgradeTap.Handle? {
    log.state.withLock { state in
      defer { state.upgraded = nil }
      return state.upgraded
    }
  }

  /// Ends the client's connections in the background, as the curl process that exits does
  /// (connection attempts a transfer gave up on may still be pending).
  func close() {
    guard let client = lazyClient.withLock({ $0 }) else { return }
    Task.detached { try? await client.shutdown() }
  }
}

/// The curl command whose transfers are running: its transfers share `CurlConnections`.
public enum CurlInvocation {
  @TaskLocal static var current: Scope?

  /// Runs the transfers of one curl command (`body`) so that they share connections, and
  /// closes them afterwards. Transfers outside of such a scope each use connections of their
  /// own, as a curl command with one URL does.
  public static func run<Result>(_ body: () async -> Result) async -> Result {
    let scope = Scope()
    let result = await $current.withValue(scope) { await body() }
    scope.close()
    return result
  }

  final class Scope: Sendable {
    private let sets = Mutex<[ObjectIdentifier: CurlConnections]>([:])

    /// The connections of `owner` (a transport) for this command.
    func connections(for owner: AnyObject, make: () -> CurlConnections) -> CurlConnections {
      sets.withLock { sets in
        if let existing = sets[ObjectIdentifier(owner)] { return existing }
        let made = make()
        sets[ObjectIdentifier(owner)] = made
        return made
      }
    }

    func close() {
      for connections in sets.withLock({ Array($0.values) }) { connections.close() }
    }
  }
}
