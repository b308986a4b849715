import SpecModel

/// `trap '…' ERR`: run after a command fails where `set -e` would apply, before `set -e` ends
/// the shell, with `$?` the command's status. Like bash without `set -E`, it does not run
/// inside functions called after it was set, subshells, pipeline stages or command
/// substitutions (each starts without it); the command that ran them fails at its own level.
extension Interpreter {
  func runErrorTrapIfSet(after step: Step, status: Int32) async throws(ShellSignal) {
    guard status != 0, !errexitIgnored, !runningErrorTrap, let trap = state.errorTrap,
      !trap.steps.isEmpty, state.frames.count == trap.depth
    else { return }
    switch step.action {
    case .subshell: break
    default: guard step.action.isCommand else { return }
    }
    runningErrorTrap = true
    defer { runningErrorTrap = false }
    try await runTrapHandler(trap.steps, owner: trap.owner, status: status)
  }

  /// Runs a trap's commands as the code that set it (`owner`, for failure reports), with `$?`
  /// the status of the command that triggered it, and leaves `$?` as that status afterwards.
  func runTrapHandler(_ steps: [Step], owner handlerOwner: String, status: Int32)
    async throws(ShellSignal)
  {
    let savedOwner = owner
    owner = handlerOwner
    defer { owner = savedOwner }
    state.lastStatus = status
    _ = try await run(steps)
    state.lastStatus = status
  }
}
