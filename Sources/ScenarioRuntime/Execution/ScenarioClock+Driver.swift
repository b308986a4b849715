import AsyncHTTPClient
import NIOCore
import VirtualTime

/// The scheduler of a virtual `ScenarioClock`: a task that runs while a participant waits, and
/// ends the earliest wait once no participant has run for `quiet` (bytes on their way between
/// the simulator and a transfer arrive meanwhile).
extension ScenarioClock {
  /// How long nothing of the scenario may have changed before the clock steps, in nanoseconds.
  static let quiet: Int64 = 2_000_000
  /// After the simulator's wait ended: what it then writes has to reach the transfers.
  static let quietAfterSimulator: Int64 = 10_000_000

  private struct Snapshot {
    var running: Int
    var pending: Int
    var awaiting: [@Sendable () -> Int?]
    var changes: Int
    var skipped: Int64
    /// The earliest wait: its id and when it ends in real time.
    var earliest: (id: Int, due: Int64)?
  }

  /// Starts the scheduler unless it runs.
  func startDriving() {
    let start = state.withLock { state -> Bool in
      if state.driving { return false }
      state.driving = true
      return true
    }
    if start { Task.detached { await self.drive() } }
  }

  private func drive() async {
    var lastChanges = -1
    var calmSince = Monotonic.now()
    var quiet = Self.quiet
    while true {
      let snapshot = state.withLock { state -> Snapshot? in
        let earliest = state.sleepers.earliest
        if state.parked == 0 && earliest == nil {
          state.driving = false
          return nil
        }
        return Snapshot(
          running: state.running, pending: state.pending, awaiting: Array(state.awaiting.values),
          changes: state.changes,
          skipped: state.skipped,
          earliest: earliest.map { ($0.id, $0.sleeper.deadline - state.skipped) })
      }
      guard let snapshot else { return }
      let now = Monotonic.now()
      let awaiting = snapshot.awaiting.map { $0() }
      if let earliest = snapshot.earliest, earliest.due <= now {
        // Its real end passed: it ends, whatever runs.
        end(earliest.id, woken: true)
        continue
      }
      // A transfer still connecting has nothing the simulator could name yet: it runs.
      if snapshot.running > 0 || snapshot.pending > 0 || snapshot.changes != lastChanges
        || awaiting.contains(nil)
      {
        lastChanges = snapshot.changes
        calmSince = now
        try? await Task.sleep(for: .microseconds(500))
        continue
      }
      if now - calmSince < quiet {
        try? await Task.sleep(for: .microseconds(500))
        continue
      }
      switch await step(due: snapshot.earliest?.due, awaiting: awaiting.compactMap { $0 }) {
      case .busy:
        try? await Task.sleep(for: .microseconds(500))
      case .simulator(let skipped):
        advance(by: skipped)
        lastChanges = -1
        quiet = Self.quietAfterSimulator
        continue
      case .runtime(let skipped):
        advance(by: skipped)
        if let earliest = snapshot.earliest { end(earliest.id, woken: true) }
        lastChanges = -1
        quiet = Self.quiet
      case .none:
        // Nothing to step to: something waits in real time (a live gateway).
        try? await Task.sleep(for: .milliseconds(5))
      }
    }
  }

  private enum Step {
    case busy
    case simulator(skipped: Int64)
    case runtime(skipped: Int64)
    case none
  }

  /// One step: through the simulator's timeline when there is one, else of this clock alone.
  private func step(due: Int64?, awaiting: [Int]) async -> Step {
    // Without the simulator nobody can tell whether a server is still answering a transfer:
    // its deadlines (curl's --max-time, --connect-timeout) then end in real time. Stepping over
    // them made a transfer to the fidelity server time out at once after "300000 ms".
    if settleURL == nil && !awaiting.isEmpty { return .busy }
    if let settleURL {
      let ports = awaiting.map(String.init).joined(separator: ",")
      let query = (due.map(String.init) ?? "") + "&awaiting=" + ports
      let request = HTTPClientRequest(url: settleURL + "?due=" + query)
      if let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(10)),
        response.status == .ok,
        let body = try? await response.body.collect(upTo: 1024)
      {
        let words = String(buffer: body).split(separator: " ")
        let skipped = words.count > 1 ? Int64(words[1]) ?? 0 : 0
        switch words.first {
        case "busy": return .busy
        case "simulator": return .simulator(skipped: skipped)
        case "runtime": return .runtime(skipped: skipped)
        case "none": return .none
        default: break
        }
      }
    }
    guard let due else { return .none }
    return .runtime(skipped: max(0, due - Monotonic.now()))
  }

  /// A transfer starts waiting for an answer (`transferEnded()` when it has it whole or gave
  /// up): the simulator must have as many requests in flight before the clock steps.
  /// `port`: the local port of the transfer's connection, for the simulator to find it.
  func transferBegan(port: @escaping @Sendable () -> Int?) -> Int {
    guard isVirtual else { return 0 }
    return state.withLock {
      $0.nextID += 1
      $0.awaiting[$0.nextID] = port
      return $0.nextID
    }
  }

  func transferEnded(_ id: Int) {
    guard isVirtual else { return }
    state.withLock {
      $0.awaiting[id] = nil
      $0.changes += 1
    }
  }

  /// Moves the clock `nanoseconds` forward.
  private func advance(by nanoseconds: Int64) {
    state.withLock {
      $0.skipped += nanoseconds
      $0.changes += 1
    }
  }
}
