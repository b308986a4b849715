import SpecModel

/// The whole script: setup blocks then the scenario, one shell, the exit trap last.
extension Interpreter {
  /// Runs the blocks in order and returns the script's status and failure point.
  ///
  /// A cancelled run (the runner's scenario timeout) stops at the next step and reports status
  /// 124 like `timeout`; the exit trap still runs, with cancellation ignored so its cleanup
  /// steps complete (its `sleep`s and transfers end at once).
  func runScript(_ blocks: [ScenarioInterpreter.Block]) async -> (Int32, FailurePoint?) {
    let (status, failure, _) = await runBlocks(blocks)
    return await finish(status: status, failure: failure)
  }

  /// Runs the blocks in order without ending the shell: `ended` when an `exit` (or `set -e`, or
  /// cancellation) stopped it, so nothing after it may run.
  func runBlocks(_ blocks: [ScenarioInterpreter.Block]) async -> (
    status: Int32, failure: FailurePoint?, ended: Bool
  ) {
    var status: Int32 = 0
    var failure: FailurePoint?
    var ended = false
    do {
      for block in blocks {
        owner = block.owner
        status = try await run(block.steps, topLevel: true)
      }
      if status != 0 {
        failure =
          lastFailure?.status == status
          ? lastFailure : FailurePoint(owner: owner, line: currentLine, status: status)
      }
    } catch .exit(let code, let point) {
      ended = true
      status = code
      failure = code == 0 ? nil : point ?? lastFailure
    } catch .cancelled {
      ended = true
      status = 124
      failure =
        lastFailure?.status == 124
        ? lastFailure : FailurePoint(owner: owner, line: currentLine, status: status)
      ignoresCancellation = true
    } catch .returnFromFunction(let code) {
      // Not reachable: `return`, `break` and `continue` are checked where they run.
      status = code
    } catch {
      status = 0
    }
    return (status, failure, ended)
  }

  /// Ends the shell: runs the exit trap (which may change the status) and stops its jobs.
  func finish(status: Int32, failure: FailurePoint?) async -> (Int32, FailurePoint?) {
    var status = status
    var failure = failure
    if let trap = state.exitTrap {
      state.exitTrap = nil
      if Task.isCancelled { ignoresCancellation = true }
      let outcome = await runExitTrap(trap, status: status)
      if outcome.exited {
        status = outcome.status
        failure = status == 0 ? nil : outcome.failure ?? lastFailure
      }
    }
    // A shell that dies of a signal ends with it whatever its EXIT trap does.
    if let fatal = fatalSignal, status != fatal.status {
      status = fatal.status
      failure = FailurePoint(owner: owner, line: currentLine, status: status)
    }
    await stopJobs()
    return (status, failure)
  }
}
