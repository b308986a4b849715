import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  private struct Sleeper {
    /// When the wait ends, on this timeline (monotonic nanoseconds plus `skipped`).
    var deadline: Int64
    var continuation: CheckedContinuation<Bool, Never>?
    var woken = false
    /// A request handler waits (it counts as parked while it does).
    var parks: Bool
    /// A task that holds the timeline waits (`hold()`): it holds it again once the wait ends.
    var holding: Bool
  }

  private struct State {
    /// How far steps moved this timeline ahead of real time, in nanoseconds.
    var skipped: Int64 = 0
    var sleepers: [Int: Sleeper] = [:]
    var nextID = 0
    /// Request handlers that wait on this timeline or for an event, not running.
    var parked = 0
    /// Tasks outside of requests that run (`hold()`: a heartbeat, a delayed publication).
    var held = 0
  }

  private let state = Mutex(State())

  public init() {}

  /// `CLOCK_MONOTONIC` in nanoseconds: the same reading in every process of the machine.
  static func monotonic() -> Int64 {
    var value = timespec()
    clock_gettime(CLOCK_MONOTONIC, &value)
    return Int64(value.tv_sec) * 1_000_000_000 + Int64(value.tv_nsec)
  }

  static func nanoseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
  }

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
    let length = max(0, Self.nanoseconds(duration))
    let id = state.withLock { state in
      state.nextID += 1
      state.sleepers[state.nextID] = Sleeper(
        deadline: Self.monotonic() + state.skipped + length, parks: parks, holding: holding)
      if parks { state.parked += 1 }
      if holding { state.held -= 1 }
      return state.nextID
    }
    // The real-time end, should nothing step the timeline.
    let fallback = Task { [weak self] in
      try? await Task.sleep(for: .nanoseconds(length))
      if !Task.isCancelled { self?.wake(id) }
    }
    defer { fallback.cancel() }
    let woken = await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let resume = state.withLock { state -> Bool? in
          guard var sleeper = state.sleepers[id] else { return false }
          if sleeper.woken {
            state.sleepers[id] = nil
            return true
          }
          sleeper.continuation = continuation
          state.sleepers[id] = sleeper
          return nil
        }
        if let resume { continuation.resume(returning: resume) }
      }
    } onCancel: {
      end(id, woken: false)
    }
    if !woken { throw CancellationError() }
  }

  private func wake(_ id: Int) { end(id, woken: true) }

  /// Ends wait `id`: a wake (the caller goes on) or a cancellation.
  private func end(_ id: Int, woken: Bool) {
    let continuation = state.withLock { state -> CheckedContinuation<Bool, Never>? in
      guard var sleeper = state.sleepers[id], !sleeper.woken else { return nil }
      if sleeper.parks { state.parked -= 1 }
      if sleeper.holding { state.held += 1 }
      guard let continuation = sleeper.continuation else {
        if woken {
          sleeper.woken = true
          state.sleepers[id] = sleeper
        } else {
          state.sleepers[id] = nil
        }
        return nil
      }
      state.sleepers[id] = nil
      return continuation
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
    let now = Self.monotonic()
    let (result, woken) = state.withLock { state -> (Step, Int?) in
      let pending = state.sleepers.filter { !$0.value.woken }
      let earliest = pending.min {
        ($0.value.deadline, $0.key) < ($1.value.deadline, $1.key)
      }
      let simulatorDue = earliest.map { $0.value.deadline - state.skipped }
      if let due, simulatorDue.map({ due <= $0 }) ?? true {
        let skipped = max(0, due - now)
        state.skipped += skipped
        return (.runtime(skipped: skipped), nil)
      }
      guard let earliest, let simulatorDue else { return (.none, nil) }
      let skipped = max(0, simulatorDue - now)
      state.skipped += skipped
      return (.simulator(skipped: skipped), earliest.key)
    }
    if let woken { wake(woken) }
    return result
  }
}
