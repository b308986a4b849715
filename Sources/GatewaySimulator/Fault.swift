import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTPTypes
import ServerKit
import Synchronization

/// A misbehaviour injected into one listener for requests that match a route: tests use faults
/// to see how a client copes with a gateway that errors, stalls, garbles or hangs up.
public struct Fault: Sendable, Equatable {
  /// Which request paths a fault applies to (the path without its query string).
  public enum PathMatch: Sendable, Equatable {
    /// Exactly this path.
    case exact(String)
    /// This path and every path below or after it (plain string prefix).
    case prefix(String)

    func matches(_ path: String) -> Bool {
      switch self {
      case .exact(let expected): return path == expected
      case .prefix(let prefix): return path.hasPrefix(prefix)
      }
    }
  }

  /// What happens to a matching request.
  public enum Kind: Sendable, Equatable {
    /// Answer with this status and a gateway error body carrying `message`.
    case status(Int, message: String)
    /// Wait this long, then answer normally.
    case latency(Duration)
    /// Answer 200 with a `Content-Type: application/json` body that is not valid JSON.
    case malformedJSON
    /// Streams (SSE) end before their usage chunk and `data: [DONE]`.
    case truncatedStream
    /// Close the connection without sending any response.
    case droppedConnection
  }

  /// The HTTP method to match (`"POST"`); nil matches every method.
  public var method: String?
  /// The paths to match.
  public var path: PathMatch
  /// What the fault does.
  public var kind: Kind

  /// A fault for requests with `method` (any when nil) on `path`.
  public init(method: String? = nil, path: PathMatch, kind: Kind) {
    self.method = method?.uppercased()
    self.path = path
    self.kind = kind
  }

  func matches(method: String, path: String) -> Bool {
    (self.method == nil || self.method == method.uppercased()) && self.path.matches(path)
  }
}

/// The faults injected into one listener.
final class FaultRegistry: Sendable {
  private let faults = Mutex<[Fault]>([])

  func add(_ fault: Fault) { faults.withLock { $0.append(fault) } }
  func clear() { faults.withLock { $0.removeAll() } }

  /// The faults that apply to a request, oldest first.
  func matching(method: String, path: String) -> [Fault] {
    faults.withLock { $0.filter { $0.matches(method: method, path: path) } }
  }
}

/// Applies status, latency, malformed-body and truncated-stream faults.
struct FaultMiddleware: RouterMiddleware {
  typealias Context = SimContext
  let registry: FaultRegistry

  func handle(
    _ request: Request, context: SimContext,
    next: (Request, SimContext) async throws -> Response
  ) async throws -> Response {
    let faults = registry.matching(method: request.method.rawValue, path: request.uri.path)
    var malformed = false
    for fault in faults {
      switch fault.kind {
      case .latency(let delay): try await Task.sleep(for: delay)
      case .status(let code, let message):
        let status = HTTPResponse.Status(code: code)
        return GatewayError(
          status: status, type: GatewayError.type(for: code), message: message,
          code: "injected_fault"
        ).response
      case .malformedJSON: malformed = true
      case .truncatedStream: context.trace.update { $0.truncateStream = true }
      case .droppedConnection: break  // handled by DropConnectionHandler before routing
      }
    }
    let response = try await next(request, context)
    guard malformed else { return response }
    return .text(
      #"{"error":{"type":"server_error","message":"unterminated"#, status: response.status,
      contentType: "application/json")
  }
}

/// Closes a connection, without a response, when its request matches a dropped-connection
/// fault. It sits in the channel pipeline because a route handler cannot withhold a response.
final class DropConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart

  private let registry: FaultRegistry
  private var dropping = false

  init(registry: FaultRegistry) { self.registry = registry }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let part = unwrapInboundIn(data)
    if case .head(let head) = part {
      let path = String((head.path ?? "/").prefix { $0 != "?" })
      dropping = registry.matching(method: head.method.rawValue, path: path).contains {
        $0.kind == .droppedConnection
      }
      if dropping {
        context.close(promise: nil)
        return
      }
    }
    if dropping { return }
    context.fireChannelRead(data)
  }
}
