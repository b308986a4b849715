import Foundation
import SpecModel

/// Runs the scenarios of one document: each after its `needs`, each at most once, with its
/// environments, under the per-scenario timeout, logging as the bash runner does.
///
/// With a `ScenarioWorker`, each scenario runs in a worker process that is killed when the
/// scenario outlives its limit; without one, in this process, where the limit cancels the
/// script (it stops at its next step or loop iteration) but cannot stop work that never
/// reaches a step boundary (a long jq program, a regex).
public actor DocumentRunner {
  public let loaded: CompiledDocument
  public let configuration: RunnerConfiguration
  /// Where scenarios run; nil: in this process.
  public nonisolated let worker: ScenarioWorker?
  private var outcomes: [String: ScenarioOutcome] = [:]
  private var log: RunLog?
  private var finished: (@Sendable (ScenarioOutcome) -> Void)?
  /// Setup run once per run, by the environment ids it ran (`RunnerConfiguration.setup`).
  private var setups: [[String]: Task<PreparedSetup, Never>] = [:]
  /// Told of every scenario's output as it runs (a worker's event stream).
  private var streaming: (any ExecutionObserver)?
  private let interruption = Interruption()
  /// The run's time: virtual against the embedded simulator (`RunnerConfiguration.virtualTime`).
  private let clock: ScenarioClock
  /// Every secret the scenarios run so far met (`ExecutionResult.secrets`, a worker's secret
  /// events): a credential an earlier scenario obtained (a minted key) stays masked in later
  /// ones, also after a worker was replaced.
  private var learnedSecrets: [String] = []
  /// What the scenarios created on disk, for `finish()`.
  public let ledger = FileLedger()
  /// `QA_RUN_DIR`, claimed by the first scenario that runs.
  private var runDirectory: RunDirectory?

  /// How long a timed-out script gets to stop at its next step and run its exit trap; a worker
  /// still busy after that is killed (its limit is `timeout + 2 × grace`).
  public static let cancellationGrace: Double = 1

  public init(
    _ loaded: CompiledDocument, configuration: RunnerConfiguration, worker: ScenarioWorker? = nil
  ) {
    self.loaded = loaded
    self.configuration = configuration
    self.worker = worker
    clock =
      configuration.virtualTime
      ? ScenarioClock(virtual: true, settleURL: configuration.settleURL) : .real
  }

  /// Called after every scenario that runs, prerequisites included, in the order they end.
  public func onScenarioFinished(_ handler: @escaping @Sendable (ScenarioOutcome) -> Void) {
    finished = handler
  }

  /// The raw log and TSV summary, opened on first use.
  public func logFiles() throws -> RunLog {
    if let log { return log }
    let created = try RunLog(
      directory: configuration.outputDirectory,
      header: RunLog.Header(
        source: configuration.sourcePath ?? loaded.document.source,
        qaSuffix: configuration.qaSuffix, outputDirectory: configuration.outputDirectory))
    log = created
    return created
  }

  /// Runs `id` after its needs (transitively); a scenario already run returns its outcome.
  /// After `interrupt()`, a scenario not yet started does not run: its outcome says so and is
  /// not logged.
  public func run(_ id: String) async -> ScenarioOutcome {
    if let done = outcomes[id] { return done }
    guard let scenario = loaded.scenario(id) else {
      return Self.unrun(id, message: "no scenario \(id) in \(loaded.document.source)\n")
    }
    guard scenario.isSupported else {
      // Nothing to run: reported with its lowering errors, as a failure.
      let outcome = unsupported(scenario)
      outcomes[id] = outcome
      try? logFiles().append(outcome)
      finished?(outcome)
      return outcome
    }
    if runDirectory == nil { runDirectory = RunDirectory.claim(configuration.runDirectory) }
    var failedNeeds: [String] = []
    for need in Self.unique(scenario.needs.map(\.scenario)) where need != id {
      if !(await run(need)).passed { failedNeeds.append(need) }
    }
    if interruption.isSet {
      var skipped = Self.unrun(id, message: "\(id): not run (interrupted)\n")
      skipped.title = scenario.title
      skipped.interrupted = true
      return skipped
    }
    var outcome = await FileLedger.$current.withValue(ledger) { await execute(scenario) }
    outcome.failedNeeds = failedNeeds
    outcomes[id] = outcome
    try? logFiles().append(outcome)
    finished?(outcome)
    return outcome
  }

  /// Runs the `selected` scenarios in order, each after its needs (`run(_:)`), and returns
  /// their outcomes; after a failure with `stopOnFailure`, or after `interrupt()`, no other
  /// scenario starts.
  ///
  /// With `jobs` > 1, up to `jobs` scenarios run at once, in this process (not in the worker:
  /// past its limit a scenario is cancelled at its next step, see `executeHere`), each as soon
  /// as the scenarios it needs or must keep its order with (`ConcurrentPlan`) ended. The setup
  /// still runs once; each scenario starts from its own copy of the shell state it left, and
  /// waits in real time (virtual time is for serial runs: the simulator has one timeline).
  /// Outcomes are logged and handed to `onScenarioFinished` in the order a
  /// serial run gives, each once the ones before it are.
  public func run(_ selected: [String], jobs: Int, stopOnFailure: Bool = false) async
    -> [ScenarioOutcome]
  {
    guard jobs > 1 else {
      var ran: [ScenarioOutcome] = []
      for id in selected where !interruption.isSet {
        let outcome = await run(id)
        ran.append(outcome)
        if stopOnFailure && !outcome.passed { break }
      }
      return ran
    }
    let plan = ConcurrentPlan(loaded, selected: selected)
    let needs = Dictionary(
      plan.order.map { id in
        (id, Self.unique(loaded.scenario(id)?.needs.map(\.scenario) ?? []).filter { $0 != id })
      },
      uniquingKeysWith: { first, _ in first })
    let ended = await withTaskGroup(of: (String, ScenarioOutcome).self) { group in
      var started = Set<String>()
      var ended: [String: ScenarioOutcome] = [:]
      var released = 0
      var stopped = false
      var running = 0
      while true {
        for id in plan.order where running < jobs && !stopped && !started.contains(id) {
          guard (plan.predecessors[id] ?? []).allSatisfy({ ended[$0] != nil }) else { continue }
          started.insert(id)
          running += 1
          let failedNeeds = (needs[id] ?? []).filter { ended[$0]?.passed == false }
          group.addTask { (id, await self.runConcurrently(id, failedNeeds: failedNeeds)) }
        }
        guard let (id, outcome) = await group.next() else { break }
        running -= 1
        ended[id] = outcome
        while released < plan.order.count, let next = ended[plan.order[released]] {
          release(next)
          released += 1
          if stopOnFailure && !next.passed && selected.contains(next.id) { stopped = true }
        }
        if interruption.isSet { stopped = true }
      }
      // What ran after a scenario that did not (stopped, interrupted) is released in order too.
      for id in plan.order.dropFirst(released) {
        if let outcome = ended[id] { release(outcome) }
      }
      return ended
    }
    return selected.compactMap { outcomes[$0] ?? ended[$0] }
  }

  /// One scenario of a concurrent run, its needs ended; unlogged (`release` logs it).
  private func runConcurrently(_ id: String, failedNeeds: [String]) async -> ScenarioOutcome {
    if let done = outcomes[id] { return done }
    guard let scenario = loaded.scenario(id) else {
      return Self.unrun(id, message: "no scenario \(id) in \(loaded.document.source)\n")
    }
    guard scenario.isSupported else { return unsupported(scenario) }
    if runDirectory == nil { runDirectory = RunDirectory.claim(configuration.runDirectory) }
    if interruption.isSet {
      var skipped = Self.unrun(id, message: "\(id): not run (interrupted)\n")
      skipped.title = scenario.title
      skipped.interrupted = true
      return skipped
    }
    // Scenarios that run at once share the run's clock: against the embedded simulator, one
    // virtual time line whose participants are every scenario's tasks, stepped only when none
    // of them runs (one clock per scenario would step the simulator's one timeline in races).
    var outcome = await FileLedger.$current.withValue(ledger) {
      await executeHere(scenario).0
    }
    outcome.failedNeeds = failedNeeds
    return outcome
  }

  /// Logs and reports an outcome of a concurrent run, masked with every secret met so far.
  private func release(_ outcome: ScenarioOutcome) {
    guard outcomes[outcome.id] == nil else { return }
    if outcome.interrupted && outcome.status == 127 { return }
    var masked = outcome
    let masking = learn([])
    masked.stdout = masking.mask(outcome.stdout)
    masked.stderr = masking.mask(outcome.stderr)
    outcomes[outcome.id] = masked
    try? logFiles().append(masked)
    finished?(masked)
  }

  /// Removes what the run owns, unless artifacts are kept: the run directory when the run
  /// created it, else only the files and directories the scenarios created in it (see
  /// `RunDirectory`). The raw log and the summary stay.
  public func finish() {
    guard let directory = runDirectory else { return }
    runDirectory = nil
    guard !configuration.keepArtifacts else { return }
    let logs = [RunLog.rawLogName, RunLog.summaryName].map {
      configuration.outputDirectory + "/" + $0
    }
    directory.clean(ledger: ledger, keeping: logs)
  }

  /// Stops the scenario running now (recorded as interrupted, status 130) and keeps later ones
  /// from starting. Callable from any thread (a signal handler's queue).
  public nonisolated func interrupt() {
    interruption.set()
    worker?.interrupt()
  }

  public nonisolated var isInterrupted: Bool { interruption.isSet }

  /// Streams the output and secrets of every scenario to `observer` as they come.
  func stream(to observer: any ExecutionObserver) {
    streaming = observer
  }

  /// Runs one scenario alone (its needs are the caller's business), unlogged, in this process:
  /// what a worker does. `abandoned`: it timed out and did not stop when cancelled.
  func runAlone(_ id: String) async -> (ScenarioOutcome, abandoned: Bool) {
    guard let scenario = loaded.scenario(id) else {
      return (Self.unrun(id, message: "no scenario \(id) in \(loaded.document.source)\n"), false)
    }
    return await executeHere(scenario)
  }

  /// `UNSUPPORTED`: exit code 2, the lowering errors as `doc.md:L:C: error: …` lines on
  /// standard error (so the raw log has them), at their markdown lines.
  private func unsupported(_ scenario: Scenario) -> ScenarioOutcome {
    let heading = loaded.headingLine(scenario.id) ?? 0
    let errors = scenario.unsupported.map {
      LoweringError(line: heading + $0.line, column: $0.column, message: $0.message)
    }
    let source = configuration.sourcePath ?? loaded.document.source
    let stderr = errors.map { "\(source):\($0.line):\($0.column): error: \($0.message)\n" }.joined()
    return ScenarioOutcome(
      id: scenario.id, title: scenario.title, status: ScenarioOutcome.unsupportedStatus,
      timedOut: false, seconds: 0, stdout: [], stderr: Array(stderr.utf8), failure: nil,
      failureLine: errors.first?.line, failedNeeds: [], unsupported: errors)
  }

  private func execute(_ scenario: Scenario) async -> ScenarioOutcome {
    if let worker { return await executeInWorker(scenario, worker: worker) }
    return await executeHere(scenario).0
  }

  private func executeInWorker(_ scenario: Scenario, worker: ScenarioWorker) async
    -> ScenarioOutcome
  {
    let start = ContinuousClock.now
    let limit = configuration.timeout + 2 * Self.cancellationGrace
    let result = await worker.execute(
      scenario.id, start: WorkerStart(loaded, configuration: configuration), limit: limit)
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let stop: ScenarioWorker.Stop
    let partial: ScenarioWorker.Partial
    switch result {
    case .finished(var outcome, let secrets):
      // The worker masked with what it knows; a fresh worker does not know earlier secrets.
      let masking = learn(secrets)
      outcome.stdout = masking.mask(outcome.stdout)
      outcome.stderr = masking.mask(outcome.stderr)
      outcome.detail = outcome.detail?.masked(by: masking)
      return outcome
    case .stopped(let reason, let recorded): (stop, partial) = (reason, recorded)
    }
    let masking = learn(partial.secrets)
    var outcome = ScenarioOutcome(
      id: scenario.id, title: scenario.title, status: 124, timedOut: false, seconds: seconds,
      stdout: masking.mask(partial.stdout), stderr: masking.mask(partial.stderr), failure: nil,
      failureLine: nil, failedNeeds: [])
    switch stop {
    case .timedOut:
      outcome.timedOut = true
      outcome.stderr += Array(Self.timeoutMessage(scenario.id, configuration.timeout).utf8)
    case .interrupted:
      outcome.status = 130
      outcome.interrupted = true
      outcome.stderr += Array("\(scenario.id): interrupted\n".utf8)
    case .ended(let message):
      outcome.status = 1
      outcome.stderr += Array("\(scenario.id): \(masking.mask(message))\n".utf8)
    }
    return outcome
  }

  /// Runs the scenario in this process. Past the timeout the script is cancelled and gets
  /// `cancellationGrace` seconds to stop (keeping what it printed, running its exit trap);
  /// work that does not stop is abandoned, still running.
  private func executeHere(_ scenario: Scenario) async
    -> (ScenarioOutcome, abandoned: Bool)
  {
    let environments = loaded.document.environments.filter { scenario.environments.contains($0.id) }
    var variables = configuration.environment
    for (name, value) in configuration.overrides { variables[name] = value }
    variables["QA_SUFFIX"] = configuration.qaSuffix
    variables["QA_RUN_DIR"] = configuration.runDirectory
    variables["RUN_RELEASE_E2E_PERSIST_STATE"] = "1"
    try? FileManager.default.createDirectory(
      atPath: configuration.runDirectory, withIntermediateDirectories: true)
    let setupContext = ExecutionContext(
      variables: variables,
      overrides: Set(configuration.environment.keys).union(configuration.overrides.keys)
        .union(["QA_SUFFIX", "QA_RUN_DIR"]),
      workingDirectory: configuration.workingDirectory,
      processID: ProcessInfo.processInfo.processIdentifier, transport: configuration.transport,
      clock: clock)
    let recorder = OutputRecorder(forward: streaming)
    var context = setupContext
    context.observer = recorder

    let start = ContinuousClock.now
    let work: Task<ExecutionResult, Never>
    switch configuration.setup {
    case .every:
      work = Task {
        await ScenarioInterpreter.run(
          environments: environments, scenario: scenario, context: context)
      }
    case .once:
      // The setup's output comes first, as if it had just run: record it as the scenario's.
      let setup = prepared(environments, context: setupContext)
      work = Task {
        let ready = await setup.value
        recorder.standardOutput(ready.result.stdout)
        recorder.standardError(ready.result.stderr)
        for secret in ready.result.secrets { recorder.secret(secret) }
        let result = await ScenarioInterpreter.run(
          scenario: scenario, after: ready, context: context)
        return result
      }
    }
    interruption.track(scenario.id, work)
    defer { interruption.track(scenario.id, nil) }
    var result = await Deadline.race(work, seconds: configuration.timeout)
    var timedOut = false
    var abandoned = false
    if result == nil {
      timedOut = !interruption.isSet
      result = await Deadline.race(work, seconds: Self.cancellationGrace)
      abandoned = result == nil
    }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let recorded = recorder.snapshot
    let ran =
      result
      ?? ExecutionResult(
        status: 124, stdout: recorded.stdout, stderr: recorded.stderr, secrets: recorded.secrets)
    let masking = learn(ran.secrets)
    let failureLine = ran.failure.flatMap { point in
      loaded.headingLine(point.owner).map { $0 + point.line }
    }
    var outcome = ScenarioOutcome(
      id: scenario.id, title: scenario.title, status: ran.status, timedOut: false,
      seconds: seconds,
      stdout: masking.mask(ran.stdout), stderr: masking.mask(ran.stderr),
      failure: ran.failure,
      failureLine: failureLine, failedNeeds: [])
    outcome.detail = ran.detail?.masked(by: masking)
    if timedOut {
      outcome.status = 124
      outcome.timedOut = true
      outcome.stderr += Array(Self.timeoutMessage(scenario.id, configuration.timeout).utf8)
    } else if interruption.isSet && ran.status == 124 {
      outcome.status = 130
      outcome.interrupted = true
      outcome.stderr += Array("\(scenario.id): interrupted\n".utf8)
    }
    return (outcome, abandoned)
  }

  /// Adds `secrets` to those learned so far; the masking of all of them.
  private func learn(_ secrets: [String]) -> SecretMasking {
    learnedSecrets += secrets.filter { !learnedSecrets.contains($0) }
    return SecretMasking(secrets: learnedSecrets)
  }

  /// The setup these environments leave, run once (after the setup of all but the last, which
  /// other scenarios may share), under the scenario timeout.
  private func prepared(_ environments: [Environment], context: ExecutionContext) -> Task<
    PreparedSetup, Never
  > {
    let ids = environments.map(\.id)
    if let known = setups[ids] { return known }
    let base =
      environments.count > 1 ? prepared(Array(environments.dropLast()), context: context) : nil
    let last = Array(environments.suffix(1))
    let seconds = configuration.timeout
    let task = Task {
      let before = await base?.value
      let work = Task {
        await ScenarioInterpreter.prepare(environments: last, after: before, context: context)
      }
      if let done = await Deadline.race(work, seconds: seconds) { return done }
      let message =
        "setup (\(ids.joined(separator: ", "))): timed out after \(Self.format(seconds)) s\n"
      return PreparedSetup(
        state: ShellState(variables: [:], workingDirectory: "/", processID: 0),
        result: ExecutionResult(status: 124, stderr: Array(message.utf8)), ended: true, owners: ids)
    }
    setups[ids] = task
    return task
  }

  static func timeoutMessage(_ id: String, _ seconds: Double) -> String {
    "\(id): timed out after \(format(seconds)) s\n"
  }

  static func unrun(_ id: String, message: String) -> ScenarioOutcome {
    ScenarioOutcome(
      id: id, title: "", status: 127, timedOut: false, seconds: 0, stdout: [],
      stderr: Array(message.utf8), failure: nil, failureLine: nil, failedNeeds: [])
  }

  static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }

  static func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }
}

/// Whether the run was interrupted, and the in-process scenarios to cancel when it is.
private final class Interruption: @unchecked Sendable {
  private let lock = NSLock()
  private var interrupted = false
  private var running: [String: Task<ExecutionResult, Never>] = [:]

  var isSet: Bool { lock.withLock { interrupted } }

  func set() {
    let tasks = lock.withLock { () -> [Task<ExecutionResult, Never>] in
      interrupted = true
      return Array(running.values)
    }
    for task in tasks { task.cancel() }
  }

  /// Tracks the task running scenario `id` (nil: it ended).
  func track(_ id: String, _ task: Task<ExecutionResult, Never>?) {
    let cancel = lock.withLock { () -> Bool in
      running[id] = task
      return interrupted
    }
    if cancel { task?.cancel() }
  }
}
