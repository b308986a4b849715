import SpecModel

/// `trap 'COMMANDS' INT TERM …`, `trap '' SIG`, `trap - SIG`, `trap -p SIG…`, and what the
/// scenario's shell does with a signal sent to it (`kill -TERM $$`, from itself, a subshell or
/// a background job): after the command that is running ends, the handler runs with `$?` that
/// command's status (which it keeps afterwards); an ignored signal does nothing; otherwise the
/// shell dies of it with status 128 + N (its EXIT trap runs, except for `KILL`). A signal that
/// arrives during `wait` ends the `wait` with 128 + N, then the handler runs.
extension Interpreter {
  /// The scenario's shell itself, not a subshell or a job's copy: the process `$$` names.
  var isMainShell: Bool { subshellDepth == 0 && !isConcurrent }

  func deliverToShell(_ signal: Int) {
    if let handler = state.signalTraps[signal], handler.text.isEmpty, isMainShell { return }
    if SignalTable.disposition(signal) != .terminate, state.signalTraps[signal] == nil { return }
    run.raise(signal)
  }

  func setSignalTrap(_ trap: SignalTrap) -> Int32 {
    for signal in trap.signals {
      if let text = trap.text {
        state.signalTraps[signal] = SignalHandler(text: text, steps: trap.steps, owner: owner)
      } else {
        state.signalTraps[signal] = nil
      }
    }
    return 0
  }

  /// `trap -p SIG…`: `trap -- 'COMMANDS' SIGTERM` for each one trapped, in signal order.
  func printTraps(_ signals: [Int]) -> Int32 {
    let wanted = signals.isEmpty ? state.signalTraps.keys.sorted() : signals
    for signal in wanted {
      guard let handler = state.signalTraps[signal], let name = SignalTable.name(signal) else {
        continue
      }
      stdoutTarget.write("trap -- \(Quoting.always(handler.text)) SIG\(name)\n")
    }
    return 0
  }

  /// Handles the signals sent to the shell since the last command; `status` is that command's.
  func handleSignals(status: Int32) async throws(ShellSignal) {
    for signal in run.takeSignals() {
      if let handler = state.signalTraps[signal] {
        guard !handler.text.isEmpty else { continue }
        try await runTrapHandler(handler.steps, owner: handler.owner, status: status)
        continue
      }
      guard SignalTable.disposition(signal) == .terminate else { continue }
      if signal == 9 { state.exitTrap = nil }
      let code = Int32(128 + signal)
      fatalSignal = (code, status)
      throw .exit(code, failure: FailurePoint(owner: owner, line: currentLine, status: code))
    }
  }

  /// The status of a `wait` a trapped signal interrupted (its handler runs after the `wait`).
  func interruptedWait() -> Int32? {
    guard isMainShell, run.hasPendingSignals else { return nil }
    let trapped = state.signalTraps.filter { !$0.value.text.isEmpty }.keys
    return run.peekSignals().first(where: trapped.contains).map { Int32(128 + $0) }
  }
}
