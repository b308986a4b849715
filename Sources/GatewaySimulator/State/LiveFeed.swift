import ServerKit
import Synchronization

/// One event of the dashboard's live feed (`/admin/live/logs`): an audit or usage entry as it
/// was written, numbered in order.
struct LiveEvent: Sendable {
  var seq: Int
  /// `audit.created`, `usage.created`.
  var type: String
  var entry: JSON
  var visibleAt: ContinuousClock.Instant

  /// `audit` or `usage`.
  var category: String { String(type.prefix { $0 != "." }) }

  var sse: SSEEvent {
    .data(["seq": JSON(seq), "type": .string(type), "data": entry], event: type)
  }
}

/// The feed's recent events, kept for replay from a cursor.
struct LiveLog: Sendable {
  static let capacity = 1000
  private(set) var events: [LiveEvent] = []
  private var nextSeq = 1

  mutating func append(_ type: String, _ entry: JSON, visibleAt: ContinuousClock.Instant)
    -> LiveEvent
  {
    let event = LiveEvent(seq: nextSeq, type: type, entry: entry, visibleAt: visibleAt)
    nextSeq += 1
    events.append(event)
    if events.count > LiveLog.capacity { events.removeFirst(events.count - LiveLog.capacity) }
    return event
  }

  /// Visible events after `cursor`, oldest first.
  func events(after cursor: Int, now: ContinuousClock.Instant) -> [LiveEvent] {
    events.filter { $0.seq > cursor && $0.visibleAt <= now }
  }
}

/// The open live-feed subscriptions of one gateway. A subscription whose handler waits for
/// an event with none queued counts as parked on the timeline (it does nothing until one comes).
final class LiveSubscribers: Sendable {
  private struct Subscription {
    var continuation: AsyncStream<LiveEvent>.Continuation
    var queued = 0
    var waiting = false
    var parked = false
  }

  private let state = Mutex<(next: Int, open: [Int: Subscription])>((0, [:]))
  private let timeline: SimulatorTimeline

  init(timeline: SimulatorTimeline) { self.timeline = timeline }

  /// A new subscription: its id and the events published from now on.
  func subscribe() -> (Int, AsyncStream<LiveEvent>) {
    let (stream, continuation) = AsyncStream<LiveEvent>.makeStream()
    let id = state.withLock { state in
      state.next += 1
      state.open[state.next] = Subscription(continuation: continuation)
      return state.next
    }
    return (id, stream)
  }

  func unsubscribe(_ id: Int) {
    let removed = state.withLock { $0.open.removeValue(forKey: id) }
    if removed?.parked == true { timeline.adjustParked(by: -1) }
    removed?.continuation.finish()
  }

  /// The handler of `id` is about to wait for its next event.
  func waiting(_ id: Int) { update(id) { $0.waiting = true } }

  /// The handler of `id` took an event.
  func received(_ id: Int) {
    update(id) {
      $0.waiting = false
      $0.queued = max(0, $0.queued - 1)
    }
  }

  /// Sends subscription `id` its `beat`th heartbeat.
  func heartbeat(_ id: Int, _ beat: Int) {
    deliver(LiveEvent(seq: beat, type: "heartbeat", entry: nil, visibleAt: .now), to: id)
  }

  /// Sends `events` to every subscriber once they are visible (after `delay`, on the timeline).
  func publish(_ events: [LiveEvent], after delay: Duration) {
    guard !events.isEmpty else { return }
    guard delay > .zero else { return send(events) }
    timeline.hold()
    Task {
      defer { timeline.release() }
      try? await timeline.sleep(for: delay, parks: false, holding: true)
      self.send(events)
    }
  }

  private func send(_ events: [LiveEvent]) {
    let ids = state.withLock { Array($0.open.keys) }
    for id in ids.sorted() {
      for event in events { deliver(event, to: id) }
    }
  }

  private func deliver(_ event: LiveEvent, to id: Int) {
    update(id) { subscription in
      subscription.queued += 1
      subscription.continuation.yield(event)
    }
  }

  /// Changes subscription `id` and keeps the timeline's parked count in step with it.
  private func update(_ id: Int, _ change: (inout Subscription) -> Void) {
    let delta = state.withLock { state -> Int in
      guard var subscription = state.open[id] else { return 0 }
      change(&subscription)
      let parks = subscription.waiting && subscription.queued == 0
      let delta = parks == subscription.parked ? 0 : (parks ? 1 : -1)
      subscription.parked = parks
      state.open[id] = subscription
      return delta
    }
    if delta != 0 { timeline.adjustParked(by: delta) }
  }
}
