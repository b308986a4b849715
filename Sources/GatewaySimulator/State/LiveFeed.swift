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

/// The open live-feed subscriptions of one gateway.
final class LiveSubscribers: Sendable {
  private let continuations = Mutex<(next: Int, open: [Int: AsyncStream<LiveEvent>.Continuation])>(
    (0, [:]))

  /// A new subscription: its id and the events published from now on.
  func subscribe() -> (Int, AsyncStream<LiveEvent>) {
    let (stream, continuation) = AsyncStream<LiveEvent>.makeStream()
    let id = continuations.withLock { state in
      state.next += 1
      state.open[state.next] = continuation
      return state.next
    }
    return (id, stream)
  }

  func unsubscribe(_ id: Int) {
    let continuation = continuations.withLock { $0.open.removeValue(forKey: id) }
    continuation?.finish()
  }

  /// Sends subscription `id` its `beat`th heartbeat.
  func heartbeat(_ id: Int, _ beat: Int) {
    let continuation = continuations.withLock { $0.open[id] }
    continuation?.yield(LiveEvent(seq: beat, type: "heartbeat", entry: nil, visibleAt: .now))
  }

  /// Sends `events` to every subscriber once they are visible (after `delay`).
  func publish(_ events: [LiveEvent], after delay: Duration) {
    guard !events.isEmpty else { return }
    guard delay > .zero else { return send(events) }
    Task {
      try? await Task.sleep(for: delay)
      self.send(events)
    }
  }

  private func send(_ events: [LiveEvent]) {
    let open = continuations.withLock { Array($0.open.values) }
    for continuation in open {
      for event in events { continuation.yield(event) }
    }
  }
}
