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
    let savedOwner = owner
    owner = trap.owner
    defer { owner = savedOwner }
    state.lastStatus = status
    _ = try await run(trap.steps)
    state.lastStatus = status
  }
}
