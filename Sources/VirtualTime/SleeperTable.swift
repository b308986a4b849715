/// The waits of a virtual clock: each ends at its deadline when the clock steps to it, or
/// earlier when its task is cancelled. `ScenarioClock` (the runtime) and `SimulatorTimeline`
/// (the embedded simulator) keep one each, inside their own lock, with their own bookkeeping
/// in `Tag` (who parks, who holds the clock).
///
/// A wait is registered (`add`), then its task suspends (`suspend`, which calls `park` under
/// the owner's lock); `end` wakes or cancels it. A wake that comes before the task suspended
/// is kept (`woken`) and returned by `park`, so no wake is lost.
public struct SleeperTable<Tag: Sendable>: Sendable {
  public struct Sleeper: Sendable {
    /// When the wait ends, on the owner's time line (monotonic nanoseconds plus what the
    /// clock skipped).
    public var deadline: Int64
    public var tag: Tag
    var continuation: CheckedContinuation<Bool, Never>?
    var woken = false
  }

  private var sleepers: [Int: Sleeper] = [:]
  private var nextID = 0

  public init() {}

  /// Registers a wait ending at `deadline`; returns its id.
  public mutating func add(deadline: Int64, tag: Tag) -> Int {
    nextID += 1
    sleepers[nextID] = Sleeper(deadline: deadline, tag: tag)
    return nextID
  }

  /// The suspended task of wait `id` gives its continuation: the result to resume it with at
  /// once (true: it was woken meanwhile; false: it was cancelled), or nil when it now waits.
  public mutating func park(_ id: Int, _ continuation: CheckedContinuation<Bool, Never>) -> Bool? {
    guard var sleeper = sleepers[id] else { return false }
    if sleeper.woken {
      sleepers[id] = nil
      return true
    }
    sleeper.continuation = continuation
    sleepers[id] = sleeper
    return nil
  }

  /// Ends wait `id` (`woken`: a wake, else a cancellation). Returns the wait that ended (nil
  /// when it had ended already) and the continuation to resume with `woken` outside the lock
  /// (nil when its task has not suspended yet: a wake is kept for `park`).
  public mutating func end(_ id: Int, woken: Bool) -> (
    sleeper: Sleeper, continuation: CheckedContinuation<Bool, Never>?
  )? {
    guard var sleeper = sleepers[id], !sleeper.woken else { return nil }
    guard let continuation = sleeper.continuation else {
      if woken {
        sleeper.woken = true
        sleepers[id] = sleeper
      } else {
        sleepers[id] = nil
      }
      return (sleeper, nil)
    }
    sleepers[id] = nil
    return (sleeper, continuation)
  }

  /// The pending wait that ends first (ties: the one registered first).
  public var earliest: (id: Int, sleeper: Sleeper)? {
    let pending = sleepers.lazy.filter { !$0.value.woken }
    return pending.min { ($0.value.deadline, $0.key) < ($1.value.deadline, $1.key) }
      .map { ($0.key, $0.value) }
  }

  /// Suspends the calling task until its wait ends: true when woken, false when cancelled.
  /// `park` runs `SleeperTable.park` under the owner's lock; `cancel` ends the wait as
  /// cancelled (the owner's `end(id, woken: false)`).
  public static func suspend(
    park: (CheckedContinuation<Bool, Never>) -> Bool?, cancel: @Sendable () -> Void
  ) async -> Bool {
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        if let result = park(continuation) { continuation.resume(returning: result) }
      }
    } onCancel: {
      cancel()
    }
  }
}
