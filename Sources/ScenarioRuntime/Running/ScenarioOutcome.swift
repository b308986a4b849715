import Foundation
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

/// The output bytes as `Data` (one base64 string in JSON) instead of an array of numbers,
/// which JSON coders handle one element at a time.
extension ScenarioOutcome {
  private enum CodingKeys: String, CodingKey {
    case id, title, status, timedOut, seconds, stdout, stderr, failure, failureLine, detail
    case failedNeeds, interrupted, unsupported
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decode(String.self, forKey: .title)
    status = try container.decode(Int32.self, forKey: .status)
    timedOut = try container.decode(Bool.self, forKey: .timedOut)
    seconds = try container.decode(Double.self, forKey: .seconds)
    stdout = Array(try container.decode(Data.self, forKey: .stdout))
    stderr = Array(try container.decode(Data.self, forKey: .stderr))
    failure = try container.decodeIfPresent(FailurePoint.self, forKey: .failure)
    failureLine = try container.decodeIfPresent(Int.self, forKey: .failureLine)
    detail = try container.decodeIfPresent(FailureDetail.self, forKey: .detail)
    failedNeeds = try container.decode([String].self, forKey: .failedNeeds)
    interrupted = try container.decode(Bool.self, forKey: .interrupted)
    unsupported = try container.decode([LoweringError].self, forKey: .unsupported)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(status, forKey: .status)
    try container.encode(timedOut, forKey: .timedOut)
    try container.encode(seconds, forKey: .seconds)
    try container.encode(Data(stdout), forKey: .stdout)
    try container.encode(Data(stderr), forKey: .stderr)
    try container.encodeIfPresent(failure, forKey: .failure)
    try container.encodeIfPresent(failureLine, forKey: .failureLine)
    try container.encodeIfPresent(detail, forKey: .detail)
    try container.encode(failedNeeds, forKey: .failedNeeds)
    try container.encode(interrupted, forKey: .interrupted)
    try container.encode(unsupported, forKey: .unsupported)
  }
}
