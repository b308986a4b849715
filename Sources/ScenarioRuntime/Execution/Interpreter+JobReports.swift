import SpecModel

/// bash's report of a background job that died of a signal, on standard error:
/// `bash: line 3:  4849 Killed                  sleep 5` (the process id in five columns, the
/// signal's description in 24, then the command). Not for `INT`, `TERM` and `PIPE`, nor for a
/// signal the shell traps. bash prints it when `wait` collects the job, after a foreground
/// command it ran as a process, or before the next top-level command; never at exit.
extension Interpreter {
  func reportDeadJobs() {
    for pid in jobs.keys.sorted() where jobs[pid]?.finished.isSet == true {
      reportDeath(of: pid)
    }
  }

  func reportDeath(of pid: Int32) {
    guard isMainShell || isConcurrent, !reportedJobs.contains(pid), let job = jobs[pid],
      job.finished.isSet, let signal = jobSignals[pid].map(Int.init),
      ![2, 13, 15].contains(signal), state.signalTraps[signal] == nil, let command = job.command
    else { return }
    reportedJobs.insert(pid)
    let number = String(pid)
    let column = String(repeating: " ", count: max(0, 5 - number.count)) + number
    let description = SignalTable.description(signal)
    let padded = description + String(repeating: " ", count: max(1, 24 - description.count))
    stderrTarget.write(shellMessagePrefix + column + " " + padded + command + "\n")
  }
}
