import SpecModel

/// How one scenario ended, with its output (secrets masked).
public struct ScenarioOutcome: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  /// The exit status the bash runner would report; 124 when timed out.
  public var status: Int32
  public var timedOut: Bool
  public var seconds: Double
  public var stdout: [UInt8]
  public var stderr: [UInt8]
  public var failure: FailurePoint?
  /// The markdown line of the failing step, when known.
  public var failureLine: Int?
  /// What the failing step found, its HTTP exchanges and the variables to reproduce it with
  /// (secrets masked), for `FailureReport`.
  public var detail: FailureDetail?
  /// Prerequisites (`needs`) that failed before this scenario ran.
  public var failedNeeds: [String]
  /// Stopped, or never started, because the run was interrupted (SIGINT, SIGTERM).
  public var interrupted = false

  /// Why the scenario could not be compiled, each at its markdown position (the line counted
  /// from the document's start, where the YAML counts from the heading): an unsupported
  /// scenario does not run (status `unsupportedStatus`); empty for one that ran.
  public var unsupported: [LoweringError] = []

  public init(
    id: String, title: String, status: Int32, timedOut: Bool = false, seconds: Double = 0,
    stdout: [UInt8] = [], stderr: [UInt8] = [], failure: FailurePoint? = nil,
    failureLine: Int? = nil, failedNeeds: [String] = [], unsupported: [LoweringError] = []
  ) {
    self.id = id
    self.title = title
    self.status = status
    self.timedOut = timedOut
    self.seconds = seconds
    self.stdout = stdout
    self.stderr = stderr
    self.failure = failure
    self.failureLine = failureLine
    self.failedNeeds = failedNeeds
    self.unsupported = unsupported
  }

  /// The exit code logged for an unsupported scenario: 2, bash's status for a script it
  /// cannot run (a syntax error).
  public static let unsupportedStatus: Int32 = 2

  public var passed: Bool { status == 0 && !timedOut && !interrupted && unsupported.isEmpty }

  /// `OK`, `EXIT1`, `TIMEOUT`, `INTERRUPTED`, `UNSUPPORTED`: the runner's status word.
  public var statusWord: String {
    !unsupported.isEmpty
      ? "UNSUPPORTED"
      : timedOut ? "TIMEOUT" : interrupted ? "INTERRUPTED" : status == 0 ? "OK" : "EXIT\(status)"
  }

  /// One paragraph saying why the scenario failed, for test reports.
  public var failureMessage: String {
    var lines = ["\(id) \(statusWord): \(title)"]
    if !failedNeeds.isEmpty {
      lines.append("needs failed first: \(failedNeeds.joined(separator: ", "))")
    }
    if timedOut { lines.append("timed out") }
    let err = String(decoding: stderr, as: UTF8.self).split(separator: "\n").suffix(5)
    if !err.isEmpty { lines.append(err.joined(separator: "\n")) }
    return lines.joined(separator: "\n")
  }
}
