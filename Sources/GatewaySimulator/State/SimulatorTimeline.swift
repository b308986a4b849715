import Synchronization
import VirtualTime

/// The simulator's time for its pauses (a stream's time to first token and between events, the
/// live feed's heartbeats, the flush delay) and for when entries become visible.
///
/// Each pause waits in real time, unless a runtime in virtual time steps the timeline first
/// (`step(due:)`, through `GET /__simulator/settle?due=…`): when neither the runtime nor the
/// simulator has anything left to do but wait, the earliest pending wait of either side ends
/// at once and both clocks move over the time it would have taken. Waits are ordered by when
/// they would end in real time (monotonic nanoseconds, comparable across processes of one
/// machine), so the order of events is the one real time gives.
public final class SimulatorTimeline: Sendable {
  /// Who waits.
  private struct Waiter {
    /// A request handler waits (it counts as parked while it does).
    var parks: Bool
    /// A task that holds the timeline waits (`hold()`): it holds it again once the wait ends.
    var holding: Bool
  }

  private struct State {
    /// How far steps moved this timeline ahead of real time, in nanoseconds.
    var skipped: Int64 = 0
    /// Waits on this timeline; deadlines are monotonic nanoseconds plus `skipped`.
    var sleepers = SleeperTable<Waiter>()
    /// Request handlers that wait on this timeline or for an event, not running.
    var parked = 0
    /// Tasks outside of requests that run (`hold()`: a heartbeat, a delayed publication).
    var held = 0
  }

  private let state = Mutex(State())

  public init() {}

  /// Real time plus what steps skipped: when audit and usage entries become visible.
  public var now: ContinuousClock.Instant {
    ContinuousClock.now.advanced(by: .nanoseconds(state.withLock { $0.skipped }))
  }

  /// Handlers parked outside of `sleep` (waiting for a live-feed event): `delta` more or fewer.
  func adjustParked(by delta: Int) {
    state.withLock { $0.parked += delta }
  }

  /// Parked request handlers less the tasks outside of requests that run: the simulator runs
  /// while fewer requests are in flight than this.
  var idleCredit: Int { state.withLock { $0.parked - $0.held } }

  /// A task outside of any request is about to run (its `sleep(holding: true)` waits do not
  /// count): the timeline does not step until it `release()`s.
  func hold() { state.withLock { $0.held += 1 } }

  func release() { state.withLock { $0.held -= 1 } }

  /// Waits `duration` on this timeline; throws `CancellationError` when the task is cancelled.
  /// `parks`: the caller is a request handler (it is not running while it waits); `holding`:
  /// the caller holds the timeline (`hold()`), and holds it again when the wait ends.
  func sleep(for duration: Duration, parks: Bool = true, holding: Bool = false) async throws {
    let length = max(0, Monotonic.nanoseconds(duration))
    let id = state.withLock { state in
      if parks { state.parked += 1 }
      if holding { state.held -= 1 }
      return state.sleepers.add(
        deadline: Monotonic.now() + state.skipped + length,
        tag: Waiter(parks: parks, holding: holding))
    }
    // The real-time end, should nothing step the timeline.
    let fallback = Task { [weak self] in
      try? await Task.sleep(for: .nanoseconds(length))
      if !Task.isCancelled { self?.wake(id) }
    }
    defer { fallback.cancel() }
    let woken = await SleeperTable<Waiter>.suspend(
      park: { continuation in state.withLock { $0.sleepers.park(id, continuation) } },
      cancel: { self.end(id, woken: false) })
    if !woken { throw CancellationError() }
  }

  private func wake(_ id: Int) { end(id, woken: true) }

  /// Ends wait `id`: a wake (the caller goes on) or a cancellation.
  private func end(_ id: Int, woken: Bool) {
    let continuation = state.withLock { state -> CheckedContinuation<Bool, Never>? in
      guard let ended = state.sleepers.end(id, woken: woken) else { return nil }
      if ended.sleeper.tag.parks { state.parked -= 1 }
      if ended.sleeper.tag.holding { state.held += 1 }
      return ended.continuation
    }
    continuation?.resume(returning: woken)
  }

  /// What a step did.
  enum Step: Equatable {
    /// The simulator's earliest wait ended, `skipped` nanoseconds early.
    case simulator(skipped: Int64)
    /// The runtime's wait (`due`) comes first: the timeline moved `skipped` nanoseconds.
    case runtime(skipped: Int64)
    /// Nothing waits on either side.
    case none
  }

  /// Ends the earliest wait, the simulator's or the runtime's (`due`: when the runtime's
  /// earliest wait ends in real time, monotonic nanoseconds; it wins ties), moving this
  /// timeline over the time left until then.
  func step(due: Int64?) -> Step {
    let now = Monotonic.now()
    let (result, woken) = state.withLock { state -> (Step, Int?) in
      let earliest = state.sleepers.earliest
      let simulatorDue = earliest.map { $0.sleeper.deadline - state.skipped }
      if let due, simulatorDue.map({ due <= $0 }) ?? true {
        let skipped = max(0, due - now)
        state.skipped += skipped
        return (.runtime(skipped: skipped), nil)
      }
      guard let earliest, let simulatorDue else { return (.none, nil) }
      let skipped = max(0, simulatorDue - now)
      state.skipped += skipped
      return (.simulator(skipped: skipped), earliest.id)
    }
    if let woken { wake(woken) }
    return result
  }
}
