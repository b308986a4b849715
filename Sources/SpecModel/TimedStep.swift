/// `time [-p] PIPELINE`: the pipeline, then its real, user and system time on standard error,
/// in the format of `TIMEFORMAT` (bash's default when unset, nothing when empty) or, with `-p`,
/// POSIX's (`real 0.01`).
public struct TimedStep: Codable, Equatable, Hashable, Sendable {
  public var step: Step
  /// `-p`.
  public var posix: Bool

  public init(_ step: Step, posix: Bool = false) {
    self.step = step
    self.posix = posix
  }

  enum CodingKeys: String, CodingKey {
    case step = "do"
    case posix
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    step = try c.decode(Step.self, forKey: .step)
    posix = try c.flag(.posix)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(step, forKey: .step)
    try c.flag(posix, .posix)
  }
}
