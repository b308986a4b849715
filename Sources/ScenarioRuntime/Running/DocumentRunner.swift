import Foundation
import SpecModel

/// Runs the scenarios of one document: each after its `needs`, each at most once, with its
/// environments, under the per-scenario timeout, logging as the bash runner does.
public actor DocumentRunner {
  public let loaded: LoadedDocument
  public let configuration: RunnerConfiguration
  private var outcomes: [String: ScenarioOutcome] = [:]
  private var log: RunLog?
  private var finished: (@Sendable (ScenarioOutcome) -> Void)?
  /// Setup run once per run, by the environment ids it ran (`RunnerConfiguration.setup`).
  private var setups: [[String]: Task<PreparedSetup, Never>] = [:]
  /// What the scenarios created on disk, for `finish()`.
  public let ledger = FileLedger()
  /// `QA_RUN_DIR`, claimed by the first scenario that runs.
  private var runDirectory: RunDirectory?

  public init(_ loaded: LoadedDocument, configuration: RunnerConfiguration) {
    self.loaded = loaded
    self.configuration = configuration
  }

  /// Called after every scenario that runs, prerequisites included, in the order they end.
  public func onScenarioFinished(_ handler: @escaping @Sendable (ScenarioOutcome) -> Void) {
    finished = handler
  }

  /// The raw log and TSV summary, opened on first use.
  public func logFiles() throws -> RunLog {
    if let log { return log }
    let created = try RunLog(directory: configuration.outputDirectory)
    log = created
    return created
  }

  /// Runs `id` after its needs (transitively); a scenario already run returns its outcome.
  public func run(_ id: String) async -> ScenarioOutcome {
    if let done = outcomes[id] { return done }
    guard let scenario = loaded.scenario(id) else {
      return ScenarioOutcome(
        id: id, title: "", status: 127, timedOut: false, seconds: 0, stdout: [],
        stderr: Array("no scenario \(id) in \(loaded.document.source)\n".utf8), failure: nil,
        failureLine: nil, failedNeeds: [])
    }
    if runDirectory == nil { runDirectory = RunDirectory.claim(configuration.runDirectory) }
    var failedNeeds: [String] = []
    for need in Self.unique(scenario.needs.map(\.scenario)) where need != id {
      if !(await run(need)).passed { failedNeeds.append(need) }
    }
    var outcome = await FileLedger.$current.withValue(ledger) { await execute(scenario) }
    outcome.failedNeeds = failedNeeds
    outcomes[id] = outcome
    try? logFiles().append(outcome)
    finished?(outcome)
    return outcome
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

  private func execute(_ scenario: Scenario) async -> ScenarioOutcome {
    let environments = loaded.document.environments.filter { scenario.environments.contains($0.id) }
    var variables = configuration.environment
    for (name, value) in configuration.overrides { variables[name] = value }
    variables["QA_SUFFIX"] = configuration.qaSuffix
    variables["QA_RUN_DIR"] = configuration.runDirectory
    variables["RUN_RELEASE_E2E_PERSIST_STATE"] = "1"
    try? FileManager.default.createDirectory(
      atPath: configuration.runDirectory, withIntermediateDirectories: true)
    let context = ExecutionContext(
      variables: variables,
      overrides: Set(configuration.environment.keys).union(configuration.overrides.keys)
        .union(["QA_SUFFIX", "QA_RUN_DIR"]),
      workingDirectory: configuration.workingDirectory,
      processID: ProcessInfo.processInfo.processIdentifier, transport: configuration.transport)

    let start = ContinuousClock.now
    let work: Task<ExecutionResult, Never>
    switch configuration.setup {
    case .every:
      work = Task {
        await ScenarioInterpreter.run(
          environments: environments, scenario: scenario, context: context)
      }
    case .once:
      let setup = prepared(environments, context: context)
      work = Task {
        await ScenarioInterpreter.run(scenario: scenario, after: setup.value, context: context)
      }
    }
    let result = await Self.race(work, seconds: configuration.timeout)
    let seconds = (ContinuousClock.now - start) / .seconds(1)

    guard let result else {
      let message = "\(scenario.id): timed out after \(Self.format(configuration.timeout)) s\n"
      return ScenarioOutcome(
        id: scenario.id, title: scenario.title, status: 124, timedOut: true, seconds: seconds,
        stdout: [],
        stderr: Array(message.utf8), failure: nil, failureLine: nil, failedNeeds: [])
    }
    let masking = SecretMasking(secrets: result.secrets)
    let failureLine = result.failure.flatMap { point in
      loaded.headingLine(point.owner).map { $0 + point.line }
    }
    return ScenarioOutcome(
      id: scenario.id, title: scenario.title, status: result.status, timedOut: false,
      seconds: seconds,
      stdout: masking.mask(result.stdout), stderr: masking.mask(result.stderr),
      failure: result.failure,
      failureLine: failureLine, failedNeeds: [])
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
      if let done = await Self.race(work, seconds: seconds) { return done }
      let message =
        "setup (\(ids.joined(separator: ", "))): timed out after \(Self.format(seconds)) s\n"
      return PreparedSetup(
        state: ShellState(variables: [:], workingDirectory: "/", processID: 0),
        result: ExecutionResult(status: 124, stderr: Array(message.utf8)), ended: true, owners: ids)
    }
    setups[ids] = task
    return task
  }

  /// The task's value, or nil when `seconds` pass first (the task is then cancelled).
  static func race<Value: Sendable>(_ work: Task<Value, Never>, seconds: Double) async -> Value? {
    let box = Race<Value>()
    return await withCheckedContinuation { continuation in
      box.install(continuation)
      Task {
        let value = await work.value
        box.resolve(value)
      }
      Task {
        try? await Task.sleep(for: .seconds(seconds))
        if box.resolve(nil) { work.cancel() }
      }
    }
  }

  /// The first of the two racers to finish resumes the continuation.
  private final class Race<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value?, Never>?

    func install(_ continuation: CheckedContinuation<Value?, Never>) {
      lock.withLock { self.continuation = continuation }
    }

    @discardableResult
    func resolve(_ value: Value?) -> Bool {
      let taken = lock.withLock { () -> CheckedContinuation<Value?, Never>? in
        defer { continuation = nil }
        return continuation
      }
      taken?.resume(returning: value)
      return taken != nil
    }
  }

  static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }

  static func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }
}
