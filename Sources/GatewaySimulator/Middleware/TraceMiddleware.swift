import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTPTypes
import ServerKit

/// Gives every request an id and a trace, turns thrown errors into gateway error responses, and
/// writes the audit log and usage entries when the response leaves.
struct TraceMiddleware: RouterMiddleware {
  typealias Context = SimContext
  let gateway: Gateway

  func handle(
    _ request: Request, context: SimContext,
    next: (Request, SimContext) async throws -> Response
  ) async throws -> Response {
    let started = ContinuousClock.now
    var request = request
    let path = request.uri.path
    let modelTraffic = path.hasPrefix("/v1/") || path.hasPrefix("/p/")
    let requestID =
      request.header(.requestID).flatMap { $0.isEmpty ? nil : $0 }
      ?? gateway.withStore { $0.nextID("req_") }
    var requestBody: JSON?
    if modelTraffic, request.method == .post || request.method == .put,
      !(request.headers[.contentType] ?? "").lowercased().hasPrefix("multipart/")
    {
      let buffer = try await request.collectBody(upTo: 64 << 20)
      requestBody = JSON.parse(Array(buffer.readableBytesView))
    }
    context.trace.update {
      $0.requestID = requestID
      $0.method = request.method.rawValue
      $0.path = path
      $0.requestBody = requestBody
      $0.model = requestBody?["model"]?.string
    }
    var response: Response
    var errorType: String?
    var errorMessage: String?
    do {
      response = try await next(request, context)
    } catch {
      let gatewayError = GatewayError(error)
      response = gatewayError.response
      errorType = gatewayError.type
      errorMessage = gatewayError.message
      context.trace.update { $0.responseBody = gatewayError.body }
    }
    response.headers[.requestID] = requestID
    let trace = context.trace.snapshot
    if modelTraffic, trace.stream, response.status == .ok,
      response.headers[.contentType]?.hasPrefix("text/event-stream") == true
    {
      // A stream is recorded when it ends: a client that leaves first is `client_disconnected`.
      let body = response.body
      let gateway = gateway
      let traceReference = context.trace
      response.body = ResponseBody { writer in
        do {
          try await body.write(writer)
        } catch {
          gateway.record(
            traceReference.snapshot, status: 499, errorType: "client_disconnected",
            errorMessage: "the client disconnected before the stream completed",
            duration: ContinuousClock.now - started)
          throw error
        }
        let trace = traceReference.snapshot
        gateway.record(
          trace, status: 200, errorType: trace.errorType, errorMessage: trace.errorMessage,
          duration: ContinuousClock.now - started)
      }
      return response
    }
    gateway.record(
      trace, status: response.status.code, errorType: errorType ?? trace.errorType,
      errorMessage: errorMessage ?? trace.errorMessage, duration: ContinuousClock.now - started)
    return response
  }
}

/// Who is calling and for which user path: the master key or a managed key on the auth
/// listener (required there), and `X-GoModel-User-Path` (a managed key's own path wins).
struct AccessMiddleware: RouterMiddleware {
  typealias Context = SimContext
  let gateway: Gateway

  func handle(
    _ request: Request, context: SimContext,
    next: (Request, SimContext) async throws -> Response
  ) async throws -> Response {
    let path = request.uri.path
    var userPath = "/"
    if let header = request.header(.userPath), !header.isEmpty {
      guard let normalized = UserPath.normalize(header) else {
        throw GatewayError.invalidRequest(
          "invalid X-GoModel-User-Path: \(header)", code: "invalid_user_path")
      }
      userPath = normalized
    }
    var method: String?
    var keyID: String?
    if let authorization = request.headers[.authorization] {
      let token =
        authorization.lowercased().hasPrefix("bearer ")
        ? String(authorization.dropFirst(7)).trimmingSpaces : authorization.trimmingSpaces
      if token == gateway.masterKey {
        method = "master_key"
      } else if let key = gateway.withStore({ store in store.keys.first { $0.value == token } }) {
        guard key.active else {
          throw GatewayError.unauthorized("API key is deactivated", code: "api_key_inactive")
        }
        method = "api_key"
        keyID = key.id
        userPath = key.userPath
      } else if gateway.profile.requiresAuth {
        throw GatewayError.unauthorized("invalid API key")
      }
    }
    if gateway.profile.requiresAuth, path != "/health" {
      guard let method else {
        throw GatewayError.unauthorized("missing API key: send Authorization: Bearer <key>")
      }
      if path.hasPrefix("/admin"), method != "master_key" {
        throw GatewayError(
          status: .forbidden, type: "permission_error",
          message: "admin endpoints require the master key", code: "forbidden")
      }
    }
    context.trace.update {
      $0.userPath = userPath
      $0.authMethod = method
      $0.authKeyID = keyID
    }
    return try await next(request, context)
  }
}

/// Sets every response's `Date` header from the simulator clock (Hummingbird writes the wall
/// clock's), so reruns print the same headers.
final class DateHeaderHandler: ChannelOutboundHandler, RemovableChannelHandler {
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  private let clock: SimulatorClock

  init(clock: SimulatorClock) { self.clock = clock }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    guard case .head(var head) = unwrapOutboundIn(data), head.status.code >= 200 else {
      return context.write(data, promise: promise)
    }
    // The settle endpoint's answers do not read the clock: how often a runtime steps the
    // timeline must not move the timestamps the scenarios see.
    if head.headerFields[ActivityMiddleware.controlHeader] != nil {
      head.headerFields[ActivityMiddleware.controlHeader] = nil
      return context.write(wrapOutboundOut(.head(head)), promise: promise)
    }
    head.headerFields[.date] = httpDate(clock.now)
    context.write(wrapOutboundOut(.head(head)), promise: promise)
  }
}

/// `Thu, 01 Jan 2026 00:00:00 GMT` for epoch seconds.
func httpDate(_ seconds: Int) -> String {
  let (year, month, day) = civilDate(seconds)
  let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
  let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  let rest = seconds % 86_400
  func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  return "\(weekdays[(seconds / 86_400) % 7]), \(two(day)) \(months[month - 1]) \(year) "
    + "\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60)) GMT"
}
