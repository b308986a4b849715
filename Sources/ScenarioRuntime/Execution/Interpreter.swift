import SpecModel

/// Runs steps as `bash -c 'set -euo pipefail; …'` would: one instance is one shell process.
/// Subshells and command substitutions run in the same instance on a saved copy of the state;
/// background jobs and `timeout` commands run in their own instance, on their own task.
final class Interpreter {
  var state: ShellState
  let run: ScenarioRun
  /// Where `stdout` sinks write: the scenario's output, or a redirection of a function call.
  var stdoutTarget: OutputTarget
  var stderrTarget: OutputTarget
  /// The environment or scenario whose steps run (their lines are relative to its heading).
  var owner: String
  /// bash ignores `set -e` in conditions, in `&&`/`||` operands but the last, under `!`, and in
  /// everything those run (function bodies included).
  var errexitIgnored = false
  /// Loops enclosing the current step in the current function (for `break`/`continue`).
  var loopDepth = 0
  var jobs: [Int32: BackgroundJob] = [:]
  /// The signal `kill` sent to a job (`INT` ends it with 130, `TERM` with 143).
  var jobSignals: [Int32: Int32] = [:]
  /// The step being run, for `bash: line N:` messages.
  var currentLine = 0
  /// The innermost step that failed most recently, and a counter of such failures.
  var lastFailure: FailurePoint?
  /// What the command that failed most recently found (for the failure report).
  var lastVerdict: StepVerdict?
  var failureCount = 0
  /// Set while an exit trap runs after cancellation: cleanup steps still run.
  var ignoresCancellation = false
  /// A background job or a `timeout` command: it runs alongside its parent shell, so its
  /// sleeps take real time (a virtual one could reorder what the two do).
  var isConcurrent = false
  /// Standard input of the current command (a pipeline stage's input, a `< FILE`); none (as
  /// `/dev/null`) when nil.
  var stdin: StandardInput?
  /// Command substitutions enclosing the current step: `set -x` lines start with one more `+`
  /// per level.
  var substitutionLevel = 0
  /// Set while the ERR trap runs: a failure inside it does not run it again.
  var runningErrorTrap = false
  /// The shell dies of a signal (`kill -TERM $$` without a trap): its status, and the status
  /// of the command before, which the EXIT trap sees as `$?`.
  var fatalSignal: (status: Int32, lastStatus: Int32)?
  /// Subshells enclosing the current step: signals sent to `$$` are handled at depth 0 only.
  var subshellDepth = 0
  /// The status of each command of the pipeline that just ran, for `PIPESTATUS`.
  var lastPipelineStatuses: [Int32]?
  /// Jobs whose death by a signal was reported (`bash: line 3:  4849 Killed  sleep 5`).
  var reportedJobs: Set<Int32> = []

  init(
    state: ShellState, run: ScenarioRun, stdout: OutputTarget, stderr: OutputTarget,
    owner: String
  ) {
    self.state = state
    self.run = run
    self.stdoutTarget = stdout
    self.stderrTarget = stderr
    self.owner = owner
  }

  // MARK: Steps

  /// Runs steps in order; the status is the last one's (0 for none). At the top level of the
  /// script, a command aborted by a non-fatal expansion error is skipped.
  func run(_ steps: [Step], topLevel: Bool = false) async throws(ShellSignal) -> Int32 {
    var status: Int32 = 0
    var index = 0
    while index < steps.count {
      if topLevel { reportDeadJobs() }
      do {
        status = try await execute(steps[index])
      } catch .commandAborted where topLevel {
        status = 1
        state.lastStatus = 1
        // bash reads a line (`a; b`) as one command: the rest of it goes too.
        let line = steps[index].line
        while index + 1 < steps.count, steps[index + 1].line == line { index += 1 }
      }
      index += 1
    }
    return status
  }

  /// Runs one step: sets `$?`, records failures and applies `set -e`.
  func execute(_ step: Step) async throws(ShellSignal) -> Int32 {
    try checkCancellation()
    let savedLine = currentLine
    currentLine = step.line
    state.lineNumber = step.line
    defer {
      currentLine = savedLine
      state.lineNumber = savedLine
    }
    let failuresBefore = failureCount
    let status: Int32
    if state.xtrace, step.trace != nil || step.action.isCommandSubstitution {
      status = try await performTraced(step, step.trace ?? [])
    } else {
      status = try await perform(step)
    }
    state.lastStatus = status
    if step.action.isCommand {
      // `x=$(a | b)` is an assignment: one status, its own.
      var statuses = [status]
      if case .pipeline(let pipeline) = step.action, let last = lastPipelineStatuses {
        if case .capture = pipeline.sink {} else { statuses = last }
      }
      state.setPipeStatus(statuses)
    }
    lastPipelineStatuses = nil
    if isMainShell {
      switch step.action {
      case .sleep, .pipeline, .subshell: reportDeadJobs()
      default: break
      }
      if run.hasPendingSignals { try await handleSignals(status: status) }
    }
    if status != 0 { try await runErrorTrapIfSet(after: step, status: status) }
    if status != 0 && step.action.isCommand {
      // A failure inside the command (a function body, a subshell) is the innermost one.
      if !(failureCount > failuresBefore && lastFailure?.status == status) {
        recordFailure(line: step.line, status: status)
      }
      if state.errexit && !errexitIgnored {
        throw .exit(status, failure: lastFailure)
      }
    }
    return status
  }

  /// Runs a step where `set -e` does not apply (a condition, a `!` or non-final list operand).
  func executeIgnoringErrexit(_ step: Step) async throws(ShellSignal) -> Int32 {
    let saved = errexitIgnored
    errexitIgnored = true
    defer { errexitIgnored = saved }
    return try await execute(step)
  }

  func runIgnoringErrexit(_ steps: [Step]) async throws(ShellSignal) -> Int32 {
    let saved = errexitIgnored
    errexitIgnored = true
    defer { errexitIgnored = saved }
    return try await run(steps)
  }

  func perform(_ step: Step) async throws(ShellSignal) -> Int32 {
    switch step.action {
    case .pipeline(let pipeline): return try await runPipeline(pipeline)
    case .assign(let assignment):
      if let command = assignment.substitution {
        return try await assignSubstitution(assignment, command)
      }
      if assignment.substitutionStatus {
        // The status of the capture steps hoisted just before this one.
        let status = state.lastStatus
        _ = try assign(assignment)
        return status
      }
      return try assign(assignment)
    case .unset(let names):
      for name in names { state.unset(name) }
      return 0
    case .sleep(.literal(let seconds)): return try await sleep(seconds)
    case .sleep(.template(let operands)):
      let text = try expand(operands)
      guard let seconds = SleepDuration.seconds(text) else {
        // GNU sleep reads a leading `-` as an option.
        let reason =
          text.hasPrefix("-") && text.count > 1
          ? "invalid option -- '\(text.dropFirst().first!)'" : "invalid time interval ‘\(text)’"
        stderrTarget.write("sleep: \(reason)\nTry 'sleep --help' for more information.\n")
        return 1
      }
      return try await sleep(seconds)
    case .makeDirectory(let paths): return try makeDirectories(paths)
    case .remove(let removal): return try remove(removal)
    case .changeMode(let change, let paths): return try changeMode(change, paths)
    case .umask(let mask):
      state.umask = mask & 0o777
      return 0
    case .touch(let paths): return try touch(paths)
    case .makeTemporary(let temporary): return try makeTemporary(temporary)
    case .test(let condition): return try await test(condition, terms: step.testTerms)
    case .exit(let exit): return try exitShell(exit)
    case .loadEnvironmentFile(let path): return try loadEnvironmentFile(path)
    case .setOptions(let options):
      setOptions(options)
      return 0
    case .and(let steps): return try await andList(steps)
    case .or(let steps): return try await orList(steps)
    case .list(let list): return try await andOrList(list)
    case .not(let inner): return try await executeIgnoringErrexit(inner) == 0 ? 1 : 0
    case .group(let steps): return try await run(steps)
    case .subshell(let steps):
      return try await subshell { () async throws(ShellSignal) -> Int32 in try await self.run(steps)
      }
    case .ifElse(let step): return try await ifElse(step)
    case .forEach(let step): return try await forEach(step)
    case .whileLoop(let step): return try await whileLoop(step)
    case .caseOf(let step): return try await caseOf(step)
    case .breakLoop(let levels): return try loopControl(levels, isBreak: true)
    case .continueLoop(let levels): return try loopControl(levels, isBreak: false)
    case .returnFromFunction(let status): return try returnFromFunction(status)
    case .function(let definition):
      state.functions[definition.name] = ShellFunction(body: definition.body, owner: owner)
      return 0
    case .call(let call): return try await callFunction(call)
    case .onExit(let steps):
      state.exitTrap = ExitTrap(steps: steps, owner: owner)
      return 0
    case .onError(let steps):
      state.errorTrap =
        steps.isEmpty ? nil : ErrorTrap(steps: steps, owner: owner, depth: state.frames.count)
      return 0
    case .background(let inner, let job): return startBackground(inner, job: job)
    case .onSignal(let trap): return setSignalTrap(trap)
    case .printTraps(let signals): return printTraps(signals)
    case .lateCommand(let words): return try await runLateCommand(words)
    case .timeout(let seconds, let inner, let expiredStatus):
      return try await timeout(seconds, inner, expiredStatus: expiredStatus)
    case .wait(let pid): return try await wait(pid)
    case .kill(let pid): return try kill(pid)
    case .status(let status): return Int32(truncatingIfNeeded: status & 0xFF)
    case .changeDirectory(let path): return try changeDirectory(path)
    case .read(let step): return try read(step)
    case .mapfile(let step): return mapfile(step)
    case .redirected(let redirected): return try await runRedirected(redirected)
    case .assignArray(let assignment): return try assignArray(assignment)
    case .assignElement(let assignment): return try assignElement(assignment)
    case .unsetElement(let element): return try unsetElement(element)
    case .shift(let count): return try shift(count)
    case .setPositional(let words): return try setPositional(words)
    case .arithmetic(let command): return try arithmetic(command)
    case .arithmeticFor(let step): return try await arithmeticFor(step)
    case .commandLookup(let lookup): return try lookUpCommands(lookup)
    case .signal(let kill): return try signal(kill)
    case .waitJobs(let wait): return try await waitJobs(wait)
    case .getopts(let getopts): return try self.getopts(getopts)
    case .timed(let timed): return try await self.timed(timed)
    }
  }

  // MARK: Failures and messages

  func recordFailure(line: Int, status: Int32) {
    lastFailure = FailurePoint(owner: owner, line: line, status: status)
    failureCount += 1
  }

  /// A message as bash prints it: `bash: line N: MESSAGE` (`environment: line N:` inside a
  /// function, as `bash -c` names the source of functions).
  func shellError(_ message: String) {
    stderrTarget.write(shellMessagePrefix + message + "\n")
  }

  var shellMessagePrefix: String {
    "\(state.frames.isEmpty ? "bash" : "environment"): line \(currentLine): "
  }

  /// An expansion error ends the shell (or the subshell) with status 1; a non-fatal one aborts
  /// the current top-level command.
  func fatal(_ error: ExpansionError) -> ShellSignal {
    shellError(error.message)
    recordFailure(line: currentLine, status: 1)
    return error.isFatal ? .exit(1, failure: lastFailure) : .commandAborted
  }

  func expand(_ template: Template) throws(ShellSignal) -> String {
    do {
      return try state.expand(template)
    } catch {
      throw fatal(error)
    }
  }

  func checkCancellation() throws(ShellSignal) {
    if Task.isCancelled && !ignoresCancellation { throw cancelled() }
  }

  /// Cancellation, with the step it interrupted as the failure point (status 124).
  func cancelled() -> ShellSignal {
    recordFailure(line: currentLine, status: 124)
    return .cancelled
  }

  // MARK: Variables

  /// An assignment made by a step: in an environment block, names the run overrides keep
  /// their given values.
  func setVariable(_ name: String, _ value: String, exported: Bool = false) {
    if run.overrideOwners.contains(owner) && run.overrides.contains(name) {
      if exported { state.export(name) }
      return
    }
    state.assign(name, value, exported: exported)
  }

  private func assign(_ assignment: Assignment) throws(ShellSignal) -> Int32 {
    let value = try assignment.value.map { template throws(ShellSignal) in try expand(template) }
    if assignment.local {
      guard state.declareLocal(assignment.name) else {
        shellError("local: can only be used in a function")
        return 1
      }
    }
    if let value {
      setVariable(assignment.name, value, exported: assignment.exported)
    } else if assignment.exported {
      state.export(assignment.name)
    }
    return 0
  }

  private func setOptions(_ options: SpecModel.ShellOptions) {
    if let value = options.errexit { state.errexit = value }
    if let value = options.nounset { state.nounset = value }
    if let value = options.pipefail { state.pipefail = value }
    if let value = options.allexport { state.allexport = value }
    if let value = options.xtrace { state.xtrace = value }
  }

  // MARK: Simple builtins

  private func test(_ condition: Condition, terms: [[Template]]?) async throws(ShellSignal)
    -> Int32
  {
    let outcome: TestOutcome
    if condition.holdsSubstitutions {
      var index = 0
      outcome = try await substitutedTest(
        condition, terms: state.xtrace ? terms : nil, index: &index)
    } else {
      do {
        outcome = try plainTest(condition, terms: terms)
      } catch {
        throw fatal(error)
      }
    }
    if case .error(let message) = outcome, !message.isEmpty { shellError(message) }
    if outcome.status == 1 { noteVerdict(.test(comparisons(in: condition))) }
    return outcome.status
  }

  private func plainTest(_ condition: Condition, terms: [[Template]]?) throws(ExpansionError)
    -> TestOutcome
  {
    guard state.xtrace, let terms else { return try state.test(condition) }
    var index = 0
    return try tracedTest(condition, terms: terms, index: &index)
  }

  private func exitShell(_ exit: ExitStep) throws(ShellSignal) -> Int32 {
    if let message = exit.message {
      stderrTarget.write(try expand(message))
    }
    let status = exit.status.map { Int32(truncatingIfNeeded: $0 & 0xFF) } ?? state.lastStatus
    var failure: FailurePoint?
    if status != 0 {
      recordFailure(line: currentLine, status: status)
      failure = lastFailure
    }
    throw .exit(status, failure: failure)
  }

  private func sleep(_ seconds: Double) async throws(ShellSignal) -> Int32 {
    // Virtual against the embedded simulator: the wait moves the clock (see `ScenarioClock`).
    if !(await state.clock.sleep(for: .seconds(seconds))) && !ignoresCancellation {
      throw cancelled()
    }
    return 0
  }
}

extension Action {
  /// Whether bash applies `set -e` to the action's own status. Compound commands do not: the
  /// commands inside them already did.
  var isCommand: Bool {
    switch self {
    case .and, .or, .list, .not, .group, .ifElse, .forEach, .whileLoop, .caseOf, .breakLoop,
      .continueLoop, .returnFromFunction, .exit, .function, .onExit, .onError, .onSignal,
      .background,
      .redirected,
      .arithmeticFor, .timed:
      return false
    default:
      return true
    }
  }
}
