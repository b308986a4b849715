import SpecModel

/// The whole script: setup blocks then the scenario, one shell, the exit trap last.
extension Interpreter {
  /// Runs the blocks in order and returns the script's status and failure point.
  ///
  /// A cancelled run (the runner's scenario timeout) stops at the next step and reports status
  /// 124 like `timeout`; the exit trap still runs, with cancellation ignored so its cleanup
  /// steps complete (its `sleep`s and transfers end at once).
  func runScript(_ blocks: [ScenarioInterpreter.Block]) async -> (Int32, FailurePoint?) {
    var status: Int32 = 0
    var failure: FailurePoint?
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
      status = code
      failure = code == 0 ? nil : point ?? lastFailure
    } catch .cancelled {
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
    if let trap = state.exitTrap {
      state.exitTrap = nil
      if Task.isCancelled { ignoresCancellation = true }
      let outcome = await runExitTrap(trap, status: status)
      if outcome.exited {
        status = outcome.status
        failure = status == 0 ? nil : outcome.failure ?? lastFailure
      }
    }
    await stopJobs()
    return (status, failure)
  }
}
