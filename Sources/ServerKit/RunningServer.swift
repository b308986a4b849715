import Hummingbird
import Logging
import NIOCore

/// One Hummingbird application listening until it is stopped: how both stand-in servers start
/// (returning once the port accepts connections) and stop (releasing the port).
public final class RunningServer: Sendable {
  /// The port it is bound to (the one picked when 0 was asked for).
  public let port: Int
  private let task: Task<Void, Never>

  private init(port: Int, task: Task<Void, Never>) {
    self.port = port
    self.task = task
  }

  /// Why the application stopped before it accepted connections (a port in use, say).
  public struct StartError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
  }

  private enum Event: Sendable {
    case running(Int)
    case stopped(String)
  }

  /// Runs the application `make` builds (its `onServerRunning` the callback it is given) and
  /// returns once it listens; `port` is the one asked for, reported if the channel has none.
  public static func start<App: ApplicationProtocol>(
    port: Int, _ make: (_ onServerRunning: @escaping @Sendable (any Channel) async -> Void) -> App
  ) async throws(StartError) -> RunningServer {
    let (events, continuation) = AsyncStream<Event>.makeStream()
    let app = make { channel in
      continuation.yield(.running(channel.localAddress?.port ?? port))
    }
    let task = Task {
      do {
        try await app.runService(gracefulShutdownSignals: [])
        continuation.yield(.stopped("stopped"))
      } catch {
        continuation.yield(.stopped("\(error)"))
      }
      continuation.finish()
    }
    for await event in events {
      switch event {
      case .running(let bound):
        return RunningServer(port: bound, task: task)
      case .stopped(let reason):
        await task.value
        throw StartError(reason: reason)
      }
    }
    throw StartError(reason: "stopped")
  }

  /// A logger that only reports critical problems: the servers' own logs are not the tests'.
  public static func quietLogger(label: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = .critical
    return logger
  }

  /// Stops listening, ends every connection and waits until the port is released.
  public func stop() async {
    task.cancel()
    await task.value
  }
}
