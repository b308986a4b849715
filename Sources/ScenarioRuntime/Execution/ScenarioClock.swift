import Shell
import Synchronization
import VirtualTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The time a run's scenarios see: `sleep`, `timeout`, curl's `--max-time` and
/// `--connect-timeout`, `$(date …)` and `$SECONDS` go by it.
///
/// Against the embedded simulator, time is virtual: a discrete-event scheduler. Every task of
/// the scenario (the shell, its background jobs, a `timeout` command) is a participant that
/// either runs or waits: on this clock (a sleep, a deadline) or for the simulator (a curl
/// transfer) or for another participant (`wait`). When none runs, the earliest pending wait,
/// this clock's or the simulator's (a stream's pause, a heartbeat; asked through
/// `GET /__simulator/settle?due=…`, see `SimulatorTimeline`), ends at once and both clocks
/// move over the time it would have taken, so `date` and `$SECONDS` read as if it had been
/// waited out and events happen in the order real time gives. Waits are ordered by when they
/// would end in real time; a wait whose real end passed ends whatever runs. Live targets and
/// `--real-time` keep real time for everything; the per-scenario limit is always real.
public final class ScenarioClock: Sendable {
  /// Whether waits move this clock instead of taking real time.
  public let isVirtual: Bool
  /// The simulator's `/__simulator/settle` endpoint, stepped with this clock.
  public let settleURL: String?

  struct State {
    /// How far steps moved this clock ahead of real time, in nanoseconds.
    var skipped: Int64 = 0
    /// Participants running (a woken wait runs until it hands on or leaves).
    var running = 0
    /// Participants waiting for the simulator or another participant.
    var parked = 0
    /// Transfers waiting for (the rest of) an answer: the local port of each one's connection
    /// (nil while it connects).
    var awaiting: [Int: @Sendable () -> Int?] = [:]
    /// Waits on this clock; deadlines are monotonic nanoseconds plus `skipped`.
    var sleepers = SleeperTable<Void>()
    var nextID = 0
    /// Events posted to transfers and not taken yet (`posted()`, `taken()`).
    var pending = 0
    /// Parked participants by the flag each waits for (`parked(on:_:)`), and those a flag
    /// that was set made run.
    var waiters: [ObjectIdentifier: [Int]] = [:]
    var handedOn: Set<Int> = []
    /// Bumped by every change above: the driver steps only after a quiet spell.
    var changes = 0
    var driving = false
  }

  let state = Mutex(State())

  public init(virtual: Bool, settleURL: String? = nil) {
    isVirtual = virtual
    self.settleURL = settleURL
  }

  /// Real time for everything.
  public static let real = ScenarioClock(virtual: false)

  /// The clock of the scenario the current task runs (curl's deadlines read it).
  @TaskLocal static var current: ScenarioClock = .real

  /// How far waits have moved this clock ahead of the wall clock.
  public var skipped: Duration { .nanoseconds(state.withLock { $0.skipped }) }

  /// A monotonic reading, for elapsed times (`$SECONDS`).
  var instant: ContinuousClock.Instant { ContinuousClock.now + skipped }

  /// The wall-clock time plus what waits skipped, for `date`.
  var wallTime: timespec {
    var value = Strftime.now()
    let (seconds, attoseconds) = skipped.components
    var nanoseconds = Int(value.tv_nsec) + Int(attoseconds / 1_000_000_000)
    var whole = Int(value.tv_sec) + Int(seconds)
    if nanoseconds >= 1_000_000_000 {
      nanoseconds -= 1_000_000_000
      whole += 1
    }
    value.tv_sec = .init(whole)
    value.tv_nsec = .init(nanoseconds)
    return value
  }

  // MARK: Participants

  /// Runs `body` as a participant of this clock (a scenario's shell), with `current` set.
  func participating<T>(_ body: () async -> T) async -> T {
    enter()
    let result = await ScenarioClock.$current.withValue(self) { await body() }
    leave()
    return result
  }

  /// A participant starts running (a job, a `timeout` command, a parked one going on).
  func enter() {
    guard isVirtual else { return }
    state.withLock {
      $0.running += 1
      $0.changes += 1
    }
  }

  /// A participant stops running (it ended, or hands on to another).
  func leave() {
    guard isVirtual else { return }
    state.withLock {
      $0.running -= 1
      $0.changes += 1
    }
  }

  /// Runs `wait` as a wait for the simulator or another participant: the caller does not run
  /// meanwhile.
  func parked<T>(_ wait: () async -> T) async -> T {
    guard isVirtual else { return await wait() }
    state.withLock {
      $0.running -= 1
      $0.parked += 1
      $0.changes += 1
    }
    startDriving()
    let result = await wait()
    state.withLock {
      $0.running += 1
      $0.parked -= 1
      $0.changes += 1
    }
    return result
  }

  /// Runs `wait` parked until one of `flags` is set: the participant that sets it
  /// (`finish(_:)`) makes this one run at once, so no step falls between the two.
  func parked<T>(on flags: [Flag], _ wait: () async -> T) async -> T {
    guard isVirtual else { return await wait() }
    let id = state.withLock { state -> Int? in
      if flags.contains(where: \.isSet) { return nil }
      state.nextID += 1
      for flag in flags { state.waiters[ObjectIdentifier(flag), default: []].append(state.nextID) }
      state.running -= 1
      state.parked += 1
      state.changes += 1
      return state.nextID
    }
    guard let id else { return await wait() }
    startDriving()
    let result = await wait()
    state.withLock { state in
      for flag in flags { state.waiters[ObjectIdentifier(flag)]?.removeAll { $0 == id } }
      state.parked -= 1
      if state.handedOn.remove(id) == nil { state.running += 1 }
      state.changes += 1
    }
    return result
  }

  /// A participant ends: sets `flag` and hands on to those parked on it.
  func finish(_ flag: Flag) {
    guard isVirtual else { return flag.set() }
    state.withLock { state in
      flag.set()
      for id in state.waiters.removeValue(forKey: ObjectIdentifier(flag)) ?? []
      where state.handedOn.insert(id).inserted {
        state.running += 1
      }
      state.running -= 1
      state.changes += 1
    }
  }

  /// An event was posted to a parked transfer: it runs until it takes it.
  func posted() {
    guard isVirtual else { return }
    state.withLock {
      $0.pending += 1
      $0.changes += 1
    }
  }

  /// `count` posted events were taken (or dropped).
  func taken(_ count: Int = 1) {
    guard isVirtual, count > 0 else { return }
    state.withLock {
      $0.pending -= count
      $0.changes += 1
    }
  }

  // MARK: Waits

  /// A participant's `sleep`: false when the task was cancelled first.
  func sleep(for duration: Duration) async -> Bool {
    guard isVirtual else { return (try? await Task.sleep(for: duration)) != nil }
    return await timer(duration, parking: true)
  }

  /// A deadline: true once `duration` went by (the caller then runs: it must `leave()` after
  /// handing on), false when the task was cancelled first. `parking`: the caller is a
  /// participant that stops running meanwhile (on false it runs again by itself).
  func timer(_ duration: Duration, parking: Bool = false) async -> Bool {
    guard isVirtual else { return (try? await Task.sleep(for: duration)) != nil }
    let length = max(0, Monotonic.nanoseconds(duration))
    let id = state.withLock { state in
      if parking { state.running -= 1 }
      state.changes += 1
      return state.sleepers.add(deadline: Monotonic.now() + state.skipped + length, tag: ())
    }
    startDriving()
    let woken = await SleeperTable<Void>.suspend(
      park: { continuation in state.withLock { $0.sleepers.park(id, continuation) } },
      cancel: { self.end(id, woken: false) })
    if !woken && parking { enter() }
    return woken
  }

  /// Ends wait `id`. A wake makes the waiter run (it counts as running from now on).
  func end(_ id: Int, woken: Bool) {
    let continuation = state.withLock { state -> CheckedContinuation<Bool, Never>? in
      guard let ended = state.sleepers.end(id, woken: woken) else { return nil }
      state.changes += 1
      if woken { state.running += 1 }
      return ended.continuation
    }
    continuation?.resume(returning: woken)
  }
}
