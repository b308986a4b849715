import SpecCompiler
import SpecModel
import Synchronization

/// What a shell shares with its subshells, background jobs and `timeout` commands: the
/// scenario's output streams, the transport, the override rules, process ids and secrets.
final class ScenarioRun: Sendable {
  let transport: any CurlTransport
  /// Names whose given values win over assignments made by `overrideOwners`' steps.
  let overrides: Set<String>
  /// The environment blocks (setup blocks) whose assignments yield to `overrides`.
  let overrideOwners: Set<String>
  let stdout: OutputBuffer
  let stderr: OutputBuffer
  private let lastPID: Mutex<Int32>
  /// Signals sent to the scenario's shell (`kill -TERM $$`) it has not handled yet.
  private let pendingSignals = Mutex<[Int]>([])
  private let secretValues = Mutex<[String]>([])
  private let exchangeLog = Mutex<[FailureDetail.StepExchange]>([])
  /// How many of the latest exchanges `exchanges` keeps.
  static let exchangeLimit = 32
  private let observer: (any ExecutionObserver)?
  /// Commands named at run time, lowered once per word list (a `retry` loop runs one often).
  private let lateLowered = Mutex<[[String]: Result<[Step], LateLowering.Failure>]>([:])

  init(
    transport: any CurlTransport, overrides: Set<String>, overrideOwners: Set<String>,
    processID: Int32, observer: (any ExecutionObserver)? = nil
  ) {
    self.transport = transport
    self.overrides = overrides
    self.overrideOwners = overrideOwners
    self.observer = observer
    if let observer {
      stdout = OutputBuffer(forward: { bytes in observer.standardOutput(bytes) })
      stderr = OutputBuffer(forward: { bytes in observer.standardError(bytes) })
    } else {
      stdout = OutputBuffer()
      stderr = OutputBuffer()
    }
    // Background jobs get made-up process ids above the shell's own.
    self.lastPID = Mutex(max(processID, 1000))
  }

  /// The steps of the command `words` spell (see `LateLowering`), lowered on first use.
  func lateLowering(_ words: [String], functions: () -> Set<String>, line: Int)
    -> Result<[Step], LateLowering.Failure>
  {
    if let known = lateLowered.withLock({ $0[words] }) { return known }
    let lowered = LateLowering.steps(words: words, functions: functions(), line: line)
    lateLowered.withLock { $0[words] = lowered }
    return lowered
  }

  func raise(_ signal: Int) { pendingSignals.withLock { $0.append(signal) } }

  func takeSignals() -> [Int] {
    pendingSignals.withLock { pending in
      defer { pending = [] }
      return pending
    }
  }

  func peekSignals() -> [Int] { pendingSignals.withLock { $0 } }

  var hasPendingSignals: Bool { pendingSignals.withLock { !$0.isEmpty } }

  func nextPID() -> Int32 {
    lastPID.withLock {
      $0 += 1
      return $0
    }
  }

  func addSecret(_ value: String) {
    guard !value.isEmpty else { return }
    let added = secretValues.withLock { values in
      if values.contains(value) { return false }
      values.append(value)
      return true
    }
    if added { observer?.secret(value) }
  }

  func addSecrets(_ values: [String]) {
    for value in values { addSecret(value) }
  }

  var secrets: [String] { secretValues.withLock { $0 } }

  /// Remembers an exchange made by the step at `line` of `owner`, for a failure report.
  func recordExchange(_ exchange: HTTPExchangeRecord, owner: String, line: Int) {
    exchangeLog.withLock { log in
      log.append(FailureDetail.StepExchange(owner: owner, line: line, exchange: exchange))
      if log.count > Self.exchangeLimit { log.removeFirst(log.count - Self.exchangeLimit) }
    }
  }

  /// The latest exchanges, oldest first.
  var exchanges: [FailureDetail.StepExchange] { exchangeLog.withLock { $0 } }
}
