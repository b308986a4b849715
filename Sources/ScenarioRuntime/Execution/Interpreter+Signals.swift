import SpecModel

/// `kill -SIGNAL PID…`, `kill -l`, and `wait PID…` / `wait -n [PID…]`, on the jobs of
/// `Interpreter+Jobs`; a signal to `$$` goes to the scenario's shell (`Interpreter+SignalTraps`).
extension Interpreter {
  /// Status 0 when the signal reached any job (bash's `kill`), 1 when none.
  func signal(_ kill: KillStep) throws(ShellSignal) -> Int32 {
    if let list = kill.list { return try listSignals(list) }
    if let error = kill.error {
      shellError(error)
      return 1
    }
    if kill.usage {
      stderrTarget.write(
        "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l "
          + "[sigspec]\n")
      return 2
    }
    var delivered = false
    for text in try kill.pids.map({ template throws(ShellSignal) in try expand(template) }) {
      guard let pid = Int32(text) else {
        shellError("kill: \(text): arguments must be process or job IDs")
        continue
      }
      if pid == state.processID {
        delivered = true
        if kill.signal != 0 { deliverToShell(kill.signal) }
        continue
      }
      guard let job = jobs[pid] else {
        shellError("kill: (\(pid)) - No such process")
        continue
      }
      // As `kill PID`: a job that already ended fails quietly (see `kill(_:)`).
      if job.finished.isSet { continue }
      delivered = true
      // A job of a shell without job control ignores INT and QUIT; some signals do nothing.
      guard kill.signal != 0, kill.signal != 2, kill.signal != 3,
        SignalTable.disposition(kill.signal) == .terminate
      else { continue }
      jobSignals[pid] = Int32(kill.signal)
      job.task.cancel()
    }
    return delivered ? 0 : 1
  }

  /// `kill -l`: the table as bash prints it (five to a line, tab-separated); `kill -l ARG…`:
  /// each number's name (a status past 128 names its signal) or each name's number.
  private func listSignals(_ list: [Template]) throws(ShellSignal) -> Int32 {
    guard !list.isEmpty else {
      var text = ""
      for (index, number) in SignalTable.numbers.enumerated() {
        let entry = (number < 10 ? " " : "") + "\(number)) SIG\(SignalTable.name(number) ?? "")"
        text += entry + (index % 5 == 4 ? "\n" : "\t")
      }
      if SignalTable.numbers.count % 5 != 0 { text += "\n" }
      stdoutTarget.write(text)
      return 0
    }
    var status: Int32 = 0
    for text in try list.map({ template throws(ShellSignal) in try expand(template) }) {
      if let number = Int(text) {
        let signal = number > 128 ? number - 128 : number
        if let name = SignalTable.name(signal) {
          stdoutTarget.write(name + "\n")
          continue
        }
      } else if let number = SignalTable.number(text) {
        stdoutTarget.write("\(number)\n")
        continue
      }
      shellError("kill: \(text): invalid signal specification")
      status = 1
    }
    return status
  }

  func waitJobs(_ wait: WaitStep) async throws(ShellSignal) -> Int32 {
    guard wait.any else {
      var status: Int32 = 0
      for pid in wait.pids { status = try await self.wait(pid) }
      return status
    }
    var candidates: [Int32]
    if wait.pids.isEmpty {
      candidates = Array(jobs.keys)
    } else {
      candidates = []
      for text in try wait.pids.map({ template throws(ShellSignal) in try expand(template) }) {
        guard let pid = Int32(text) else {
          shellError("wait: `\(text)': not a pid or valid job spec")
          return 1
        }
        if jobs[pid] == nil {
          shellError("wait: \(pid): no such job")
        } else {
          candidates.append(pid)
        }
      }
    }
    // bash 5.2 waits for the next job to end: one that ended before is not reported.
    candidates = candidates.filter { jobs[$0]?.finished.isSet == false }.sorted()
    guard !candidates.isEmpty else { return 127 }
    while true {
      try checkCancellation()
      let ended = candidates.compactMap { pid in jobs[pid]?.finished.setAt.map { (pid, $0) } }
      if let pid = ended.min(by: { $0.1 < $1.1 })?.0, let job = jobs[pid] {
        let status = await waitStatus(pid, job)
        jobs[pid] = nil
        return status
      }
      // Until one of them ends (or the shell is cancelled), waiting as `wait` does.
      let waiting = candidates.compactMap { jobs[$0]?.task }
      let flags = candidates.compactMap { jobs[$0]?.finished }
      await state.clock.parked(on: flags) {
        let (ends, continuation) = AsyncStream<Void>.makeStream()
        // Watchers, not a task group: a group would also wait for the jobs that go on.
        let watchers = waiting.map { task in
          Task {
            _ = await task.value
            continuation.yield()
          }
        }
        await withTaskCancellationHandler {
          var iterator = ends.makeAsyncIterator()
          _ = await iterator.next()
        } onCancel: {
          continuation.finish()
        }
        continuation.finish()
        for watcher in watchers { watcher.cancel() }
      }
      try checkCancellation()
    }
  }
}
