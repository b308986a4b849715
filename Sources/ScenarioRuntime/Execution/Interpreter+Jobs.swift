import SpecModel
import Synchronization

/// A `COMMAND &`: a task running a copy of the shell. Its process id is made up.
struct BackgroundJob: Sendable {
  let task: Task<Int32, Never>
  let finished: Flag
  /// The command as bash's report of its death by a signal shows it.
  var command: String?
}

/// A flag set once, read from any task; it remembers when it was set (`wait -n` reports the
/// job that ended first).
final class Flag: Sendable {
  private let value = Mutex<ContinuousClock.Instant?>(nil)

  init() {}

  func set() { value.withLock { $0 = .now } }
  var isSet: Bool { value.withLock { $0 != nil } }
  var setAt: ContinuousClock.Instant? { value.withLock { $0 } }
}

/// Background jobs, `wait`, `kill` and `timeout`. Each runs in its own `Interpreter` on a copy
/// of the state, sharing only the output streams: a job's output interleaves with the shell's
/// in the order the writes happen.
extension Interpreter {
  /// A new shell for another task: a copy of this one without its exit trap and jobs.
  private func childShell(pid: Int32? = nil) -> @Sendable () -> Interpreter {
    var copy = state
    copy.subshellPID = pid ?? run.nextPID()
    copy.exitTrap = nil
    copy.errorTrap = nil
    // A new process keeps the signals its parent ignores, not its handlers.
    copy.signalTraps = copy.signalTraps.filter { $0.value.text.isEmpty }
    let snapshot = copy
    let run = self.run
    let stdout = stdoutTarget
    let stderr = stderrTarget
    let owner = self.owner
    let ignored = errexitIgnored
    let line = currentLine
    return {
      let child = Interpreter(
        state: snapshot, run: run, stdout: stdout, stderr: stderr, owner: owner)
      child.errexitIgnored = ignored
      child.currentLine = line
      child.isConcurrent = true
      return child
    }
  }

  /// Runs steps as a separate process would: `exit` and cancellation end it with a status
  /// (143, SIGTERM's, when cancelled), its exit trap runs, its own jobs are stopped.
  func runDetached(_ steps: [Step]) async -> Int32 {
    var status: Int32
    do {
      status = try await run(steps)
    } catch .exit(let code, _) {
      status = code
    } catch .cancelled {
      status = 143
    } catch .returnFromFunction(let code) {
      status = code
    } catch .commandAborted {
      status = 1
    } catch {
      status = 0
    }
    if let trap = state.exitTrap {
      state.exitTrap = nil
      ignoresCancellation = true
      status = await runExitTrap(trap, status: status).status
    }
    await stopJobs()
    return status
  }

  func startBackground(_ step: Step, job command: String? = nil) -> Int32 {
    let pid = run.nextPID()
    let makeChild = childShell(pid: pid)
    let finished = Flag()
    let clock = state.clock
    clock.enter()
    let task = Task {
      let status = await makeChild().runDetached([step])
      clock.finish(finished)
      return status
    }
    jobs[pid] = BackgroundJob(task: task, finished: finished, command: command)
    state.lastBackgroundPID = pid
    return 0
  }

  /// `wait`: all jobs (status 0), or one (its status; 143 when it was killed).
  func wait(_ template: Template?) async throws(ShellSignal) -> Int32 {
    guard let template else {
      for pid in jobs.keys.sorted() {
        if let job = jobs[pid] { _ = await waitStatus(pid, job) }
      }
      jobs = [:]
      try checkCancellation()
      return interruptedWait() ?? 0
    }
    let text = try expand(template)
    guard let pid = Int32(text) else {
      shellError("wait: `\(text)': not a pid or valid job spec")
      return 1
    }
    guard let job = jobs[pid] else {
      shellError("wait: pid \(pid) is not a child of this shell")
      return 127
    }
    let status = await waitStatus(pid, job)
    jobs[pid] = nil
    try checkCancellation()
    return interruptedWait() ?? status
  }

  /// A job's status once it ended: 128 + the signal `kill` sent when that ended it.
  func waitStatus(_ pid: Int32, _ job: BackgroundJob) async -> Int32 {
    let status = await waitFor(job)
    reportDeath(of: pid)
    reportedJobs.remove(pid)
    if status == 143, let signal = jobSignals.removeValue(forKey: pid) { return 128 + signal }
    return status
  }

  private func waitFor(_ job: BackgroundJob) async -> Int32 {
    await state.clock.parked(on: [job.finished]) {
      await withTaskCancellationHandler {
        await job.task.value
      } onCancel: {
        job.task.cancel()
      }
    }
  }

  /// `kill PID`: cancels a running job (its `wait` then gives 143). A job that already ended
  /// gives status 1 without bash's `No such process`: the compiler drops the `2>/dev/null` that
  /// documents put on such a `kill` (`kill "$PID" 2>/dev/null || true`).
  func kill(_ template: Template) throws(ShellSignal) -> Int32 {
    let text = try expand(template)
    guard let pid = Int32(text) else {
      shellError("kill: \(text): arguments must be process or job IDs")
      return 1
    }
    if pid == state.processID {
      deliverToShell(15)
      return 0
    }
    guard let job = jobs[pid] else {
      shellError("kill: (\(pid)) - No such process")
      return 1
    }
    if job.finished.isSet { return 1 }
    job.task.cancel()
    return 0
  }

  /// Cancels the jobs still running and waits for them to end.
  func stopJobs() async {
    for job in jobs.values { job.task.cancel() }
    let running = Array(jobs.values)
    await state.clock.parked {
      for job in running { _ = await job.task.value }
    }
    jobs = [:]
  }

  private enum Race: Sendable {
    case finished(Int32)
    case timedOut
    case interrupted
  }

  /// `timeout SECONDS COMMAND`: the command runs as its own process (nothing it changes stays);
  /// past the duration it is stopped and the status is `expiredStatus` (124, or 128 plus the
  /// signal's number with `--preserve-status`).
  func timeout(_ seconds: Double, _ step: Step, expiredStatus: Int32) async throws(ShellSignal)
    -> Int32
  {
    let makeChild = childShell()
    let clock = state.clock
    let outcome = await withTaskGroup(of: Race.self) { group in
      // The command runs as a participant of the clock; the shell waits for it or the limit.
      clock.enter()
      let ended = Flag()
      group.addTask {
        let status = await makeChild().runDetached([step])
        clock.finish(ended)
        return .finished(status)
      }
      group.addTask {
        await clock.timer(.seconds(seconds)) ? .timedOut : .interrupted
      }
      let first = await clock.parked(on: [ended]) { await group.next() } ?? .interrupted
      group.cancelAll()
      // A limit that ended runs until the shell goes on (`ScenarioClock.timer`).
      if case .timedOut = first { clock.leave() }
      for await rest in group {
        if case .timedOut = rest { clock.leave() }
      }
      return first
    }
    try checkCancellation()
    switch outcome {
    case .finished(let status): return status
    case .timedOut: return expiredStatus
    case .interrupted: throw cancelled()
    }
  }
}
