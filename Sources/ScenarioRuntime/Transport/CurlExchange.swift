import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import Synchronization

/// What happens to one request, in order: AsyncHTTPClient's delegate callbacks, plus the
/// transport's own deadlines and cancellation.
enum CurlExchangeEvent: Sendable {
  /// The request head went out: the connection is up.
  case requestSent
  case head(HTTPResponseHead)
  /// With a promise once too many bytes wait unprocessed: AsyncHTTPClient then waits for it
  /// before it delivers more (backpressure).
  case body(ByteBuffer, EventLoopPromise<Void>?)
  case end
  /// After a `101` head, what the server sent next (`CurlUpgradeTap`), and its close.
  case upgradedBody(ByteBuffer)
  case upgradeEnded
  case failed(any Error)
  case connectDeadline
  case totalDeadline
  case cancelled
}

/// One request on the shared client, seen as a stream of events.
///
/// Body parts are taken as they come while less than `bufferLimit` bytes wait to be written:
/// AsyncHTTPClient drops parts it still holds when the connection then fails, and curl prints
/// what arrived before a truncation or a reset.
struct CurlExchange: Sendable {
  static let bufferLimit = 1 << 20

  let events: AsyncStream<CurlExchangeEvent>
  let continuation: AsyncStream<CurlExchangeEvent>.Continuation
  /// Events posted and not taken yet, on the scenario's clock.
  let tally: EventTally
  private let task: HTTPClient.Task<Void>
  private let pending: Pending

  init(client: HTTPClient, request: HTTPClient.Request) {
    let (events, continuation) = AsyncStream.makeStream(of: CurlExchangeEvent.self)
    self.events = events
    self.continuation = continuation
    let tally = EventTally(clock: ScenarioClock.current)
    self.tally = tally
    let pending = Pending()
    self.pending = pending
    task = client.execute(
      request: request,
      delegate: Delegate(continuation: continuation, pending: pending, tally: tally),
      eventLoop: .indifferent, deadline: nil, logger: nil)
  }

  /// Posts `event` to the consumer (counted until it is taken: `tally`).
  @discardableResult
  func post(_ event: CurlExchangeEvent) -> AsyncStream<CurlExchangeEvent>.Continuation.YieldResult {
    tally.post(event, to: continuation)
  }

  /// The consumer is done with a body part: AsyncHTTPClient may go on.
  func consumed(_ buffer: ByteBuffer, _ promise: EventLoopPromise<Void>?) {
    pending.state.withLock { $0.bytes -= buffer.readableBytes }
    if let promise { pending.release(promise) }
  }

  /// Posts `event` after `duration` on the scenario's clock (`ScenarioClock.current`), unless
  /// the returned task is cancelled first.
  func schedule(_ event: CurlExchangeEvent, after duration: Duration) -> Task<Void, Never> {
    let continuation = continuation
    let tally = tally
    return Task {
      guard await tally.clock.timer(duration) else { return }
      tally.post(event, to: continuation)
      tally.clock.leave()
    }
  }

  /// Stops the request and, in the background, releases whatever is still on its way.
  func abandon() {
    task.cancel()
    pending.releaseAll()
    let events = events
    let pending = pending
    Task {
      for await event in events {
        if case .body(_, let promise?) = event { pending.release(promise) }
      }
    }
  }

  /// Ends the event stream once the request is over.
  func finish() {
    continuation.finish()
  }

  /// Bytes delivered but not yet written, and the promises AsyncHTTPClient waits on: each is
  /// fulfilled exactly once, by the consumer or when the exchange is abandoned.
  private final class Pending: Sendable {
    struct State {
      var bytes = 0
      var promises: [ObjectIdentifier: EventLoopPromise<Void>] = [:]
    }

    let state = Mutex(State())

    deinit {
      releaseAll()
    }

    func hold(_ promise: EventLoopPromise<Void>) {
      state.withLock { $0.promises[ObjectIdentifier(promise.futureResult)] = promise }
    }

    func release(_ promise: EventLoopPromise<Void>) {
      let held = state.withLock {
        $0.promises.removeValue(forKey: ObjectIdentifier(promise.futureResult))
      }
      held?.succeed(())
    }

    func releaseAll() {
      let held = state.withLock {
        let promises = $0.promises.values
        $0.promises = [:]
        return Array(promises)
      }
      for promise in held { promise.succeed(()) }
    }
  }

  private final class Delegate: HTTPClientResponseDelegate, Sendable {
    typealias Response = Void

    let continuation: AsyncStream<CurlExchangeEvent>.Continuation
    let pending: Pending
    let tally: EventTally
    /// The head was a `101`: AsyncHTTPClient's end of the response is not the end of curl's.
    let upgraded = Atomic(false)

    init(
      continuation: AsyncStream<CurlExchangeEvent>.Continuation, pending: Pending,
      tally: EventTally
    ) {
      self.continuation = continuation
      self.pending = pending
      self.tally = tally
    }

    @discardableResult
    private func post(_ event: CurlExchangeEvent)
      -> AsyncStream<CurlExchangeEvent>.Continuation.YieldResult
    {
      tally.post(event, to: continuation)
    }

    func didSendRequestHead(task: HTTPClient.Task<Void>, _ head: HTTPRequestHead) {
      post(.requestSent)
    }

    func didReceiveHead(task: HTTPClient.Task<Void>, _ head: HTTPResponseHead) -> EventLoopFuture<
      Void
    > {
      if head.status == .switchingProtocols { upgraded.store(true, ordering: .relaxed) }
      post(.head(head))
      return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Void>, _ buffer: ByteBuffer) -> EventLoopFuture<
      Void
    > {
      let waiting = pending.state.withLock {
        $0.bytes += buffer.readableBytes
        return $0.bytes
      }
      guard waiting > CurlExchange.bufferLimit else {
        post(.body(buffer, nil))
        return task.eventLoop.makeSucceededVoidFuture()
      }
      let promise = task.eventLoop.makePromise(of: Void.self)
      pending.hold(promise)
      if case .terminated = post(.body(buffer, promise)) { pending.release(promise) }
      return promise.futureResult
    }

    func didReceiveError(task: HTTPClient.Task<Void>, _ error: any Error) {
      post(.failed(error))
      continuation.finish()
    }

    func didFinishRequest(task: HTTPClient.Task<Void>) throws {
      guard !upgraded.load(ordering: .relaxed) else { return }
      post(.end)
      continuation.finish()
    }
  }
}

/// Events posted to one transfer and not taken yet: the scenario's clock counts them, so
/// virtual time does not step while a transfer has something to handle.
final class EventTally: Sendable {
  let clock: ScenarioClock
  private let state = Mutex<(count: Int, closed: Bool)>((0, false))

  init(clock: ScenarioClock) { self.clock = clock }

  @discardableResult
  func post(
    _ event: CurlExchangeEvent, to continuation: AsyncStream<CurlExchangeEvent>.Continuation
  ) -> AsyncStream<CurlExchangeEvent>.Continuation.YieldResult {
    let counted = state.withLock { state -> Bool in
      guard !state.closed else { return false }
      state.count += 1
      return true
    }
    if counted { clock.posted() }
    let result = continuation.yield(event)
    if case .terminated = result, counted { took() }
    return result
  }

  /// The consumer took an event.
  func took() {
    let counted = state.withLock { state -> Bool in
      guard state.count > 0 else { return false }
      state.count -= 1
      return true
    }
    if counted { clock.taken() }
  }

  /// The consumer is done: what it did not take no longer counts.
  func close() {
    let left = state.withLock { state -> Int in
      defer {
        state.count = 0
        state.closed = true
      }
      return state.count
    }
    clock.taken(left)
  }
}
