/// `kill -SIGNAL PID…` with a signal other than the default `TERM`, or several process ids.
public struct KillStep: Codable, Equatable, Hashable, Sendable {
  /// The signal number: 0 (only checks that the job is running) or 15 (`TERM`).
  public var signal: Int
  public var pids: [Template]

  public init(signal: Int, pids: [Template]) {
    self.signal = signal
    self.pids = pids
  }
}

/// `wait PID PID…` (every job named; the status is the last one's) and `wait -n [PID…]` (the
/// next job to end, among those named or all; 127 when none is running).
public struct WaitStep: Codable, Equatable, Hashable, Sendable {
  public var pids: [Template]
  /// `-n`.
  public var any: Bool

  public init(pids: [Template], any: Bool = false) {
    self.pids = pids
    self.any = any
  }

  enum CodingKeys: String, CodingKey { case pids, any }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    pids = try c.decodeIfPresent([Template].self, forKey: .pids) ?? []
    any = try c.flag(.any)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !pids.isEmpty { try c.encode(pids, forKey: .pids) }
    try c.flag(any, .any)
  }
}
