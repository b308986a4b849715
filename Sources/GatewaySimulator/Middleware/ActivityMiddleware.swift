import HTTPTypes
import Hummingbird
import Synchronization

/// What the simulator is still working on: requests in flight, until their response body is
/// written (a stream to a client that left ends when a write fails, and only then is it
/// audited as `client_disconnected`). One count for every listener, and the listeners' one
/// timeline.
final class Activity: Sendable {
  private let inFlight = Mutex(0)
  /// Requests in flight by the client's port.
  private let ports = Mutex<[Int: Int]>([:])
  let timeline: SimulatorTimeline

  init(timeline: SimulatorTimeline = SimulatorTimeline()) { self.timeline = timeline }

  func begin(port: Int? = nil) {
    inFlight.withLock { $0 += 1 }
    if let port { ports.withLock { $0[port, default: 0] += 1 } }
  }

  func end(port: Int? = nil) {
    inFlight.withLock { $0 -= 1 }
    if let port {
      ports.withLock {
        $0[port, default: 0] -= 1
        if $0[port] == 0 { $0[port] = nil }
      }
    }
  }
  var isBusy: Bool { inFlight.withLock { $0 > 0 } }
  /// A request is being worked on: in flight and not waiting on the timeline or for an event.
  var isRunning: Bool { inFlight.withLock { $0 } > timeline.idleCredit }

  /// Returns once no request has been running for `quiet` (real time), or after `limit`.
  func quiesce(quiet: Duration = .milliseconds(2), limit: Duration = .seconds(2)) async {
    let deadline = ContinuousClock.now + limit
    var calmSince = ContinuousClock.now
    while ContinuousClock.now < deadline {
      if isRunning { calmSince = ContinuousClock.now }
      if ContinuousClock.now - calmSince >= quiet { return }
      try? await Task.sleep(for: .microseconds(500))
    }
  }

  /// `GET /__simulator/settle?due=NANOSECONDS&awaiting=PORT,…` (`due` may be empty): one step of the timeline
  /// for a runtime in virtual time whose tasks all wait. `busy` while a request is running;
  /// else the earliest wait ends (`SimulatorTimeline.step`): `simulator SKIPPED` once the
  /// handlers it woke wait again, `runtime SKIPPED`, or `none`.
  /// `awaiting`: the client ports of the runtime's transfers waiting for an answer; one
  /// without a request in flight here is still on its way (a request not read yet, the end of
  /// an answer not received yet), so the answer is `busy` too.
  func step(due: Int64?, awaiting: [Int] = []) async -> String {
    let onTheirWay = ports.withLock { ports in awaiting.contains { ports[$0] == nil } }
    if isRunning || onTheirWay { return "busy" }
    switch timeline.step(due: due) {
    case .simulator(let skipped):
      await quiesce()
      return "simulator \(skipped)"
    case .runtime(let skipped): return "runtime \(skipped)"
    case .none: return "none"
    }
  }

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
  /// Marks the settle endpoint's answers for `DateHeaderHandler` (never sent).
  static let controlHeader = HTTPField.Name("X-Simulator-Control")!
  let activity: Activity

  func handle(
    _ request: Request, context: SimContext,
    next: (Request, SimContext) async throws -> Response
  ) async throws -> Response {
    if request.uri.path == Self.settlePath, let due = request.uri.queryParameters.get("due") {
      let awaiting = (request.uri.queryParameters.get("awaiting") ?? "").split(separator: ",")
        .compactMap { Int($0) }
      let answer = await activity.step(due: due.isEmpty ? nil : Int64(due), awaiting: awaiting)
      return Response(
        status: .ok, headers: [.contentType: "text/plain", Self.controlHeader: "1"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: answer)))
    }
    if request.uri.path == Self.settlePath {
      let seconds = Double(request.uri.queryParameters.get("max") ?? "") ?? 0
      await activity.settle(limit: .seconds(seconds.isFinite ? min(max(seconds, 0), 600) : 0))
      return Response(status: .noContent, headers: [Self.controlHeader: "1"])
    }
    let port = context.remotePort
    activity.begin(port: port)
    var response: Response
    do {
      response = try await next(request, context)
    } catch {
      activity.end(port: port)
      throw error
    }
    let body = response.body
    let activity = activity
    response.body = ResponseBody(contentLength: body.contentLength) { writer in
      do {
        try await body.write(writer)
      } catch {
        activity.end(port: port)
        throw error
      }
      activity.end(port: port)
    }
    return response
  }
}
