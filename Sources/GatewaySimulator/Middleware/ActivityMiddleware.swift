import Hummingbird
import Synchronization

/// What the simulator is still working on: requests in flight, until their response body is
/// written (a stream to a client that left ends when a write fails, and only then is it
/// audited as `client_disconnected`). One count for every listener.
final class Activity: Sendable {
  private let inFlight = Mutex(0)

  init() {}

  func begin() { inFlight.withLock { $0 += 1 } }
  func end() { inFlight.withLock { $0 -= 1 } }
  var isBusy: Bool { inFlight.withLock { $0 > 0 } }

  /// Returns once nothing is in flight, or after `limit`.
  func settle(limit: Duration) async {
    let deadline = ContinuousClock.now + limit
    while isBusy && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(5))
    }
  }
}

/// Counts requests in `Activity`, and answers `GET /__simulator/settle?max=SECONDS`: `204` once
/// the simulator has nothing in flight, or after SECONDS. A runtime in virtual time calls it
/// before it skips a `sleep`, so what the simulator would have finished during the sleep in
/// real time (auditing a stream the client left) is finished before the clock jumps.
struct ActivityMiddleware: RouterMiddleware {
  typealias Context = SimContext
  static let settlePath = "/__simulator/settle"
  let activity: Activity

  func handle(
    _ request: Request, context: SimContext,
    next: (Request, SimContext) async throws -> Response
  ) async throws -> Response {
    if request.uri.path == Self.settlePath {
      let seconds = Double(request.uri.queryParameters.get("max") ?? "") ?? 0
      await activity.settle(limit: .seconds(seconds.isFinite ? min(max(seconds, 0), 600) : 0))
      return Response(status: .noContent)
    }
    activity.begin()
    var response: Response
    do {
      response = try await next(request, context)
    } catch {
      activity.end()
      throw error
    }
    let body = response.body
    let activity = activity
    response.body = ResponseBody(contentLength: body.contentLength) { writer in
      do {
        try await body.write(writer)
      } catch {
        activity.end()
        throw error
      }
      activity.end()
    }
    return response
  }
}
