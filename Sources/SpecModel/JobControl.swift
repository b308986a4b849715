/// `kill -SIGNAL PID…` with a signal other than the default `TERM`, or several process ids;
/// `kill -l [SIGNAL…]`; a `kill` bash refuses (an unknown signal, no process id).
public struct KillStep: Codable, Equatable, Hashable, Sendable {
  /// The signal number (0…64; 0 only checks that the job is running).
  public var signal: Int
  public var pids: [Template]
  /// `kill -l [ARG…]`: the signal table, or each argument's name (a number, or a status past
  /// 128) or number (a name).
  public var list: [Template]?
  /// The message of a `kill` bash refuses (`kill: FOO: invalid signal specification`), status 1.
  public var error: String?
  /// `kill` without process ids: bash's usage line, status 2.
  public var usage: Bool

  public init(
    signal: Int, pids: [Template], list: [Template]? = nil, error: String? = nil,
    usage: Bool = false
  ) {
    self.signal = signal
    self.pids = pids
    self.list = list
    self.error = error
    self.usage = usage
  }

  enum CodingKeys: String, CodingKey { case signal, pids, list, error, usage }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    signal = try c.decodeIfPresent(Int.self, forKey: .signal) ?? 15
    pids = try c.decodeIfPresent([Template].self, forKey: .pids) ?? []
    list = try c.decodeIfPresent([Template].self, forKey: .list)
    error = try c.decodeIfPresent(String.self, forKey: .error)
    usage = try c.flag(.usage)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if let list {
      try c.encode(list, forKey: .list)
      return
    }
    if let error {
      try c.encode(error, forKey: .error)
      return
    }
    if usage {
      try c.encode(true, forKey: .usage)
      return
    }
    try c.encode(signal, forKey: .signal)
    try c.encode(pids, forKey: .pids)
  }
}

/// `trap 'COMMANDS' SIGNAL…` for signals (not `EXIT`/`ERR`): the handler runs when the shell
/// receives one of them (`kill -TERM $$`); `trap '' SIGNAL` ignores them, `trap - SIGNAL`
/// restores the default (the shell dies of the signal).
public struct SignalTrap: Codable, Equatable, Hashable, Sendable {
  /// Signal numbers (1…64).
  public var signals: [Int]
  /// The commands as written (what `trap -p` prints); nil for `trap - SIGNAL`.
  public var text: String?
  public var steps: [Step]

  public init(signals: [Int], text: String?, steps: [Step] = []) {
    self.signals = signals
    self.text = text
    self.steps = steps
  }

  enum CodingKeys: String, CodingKey { case signals, text, steps }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    signals = try c.decode([Int].self, forKey: .signals)
    text = try c.decodeIfPresent(String.self, forKey: .text)
    steps = try c.decodeIfPresent([Step].self, forKey: .steps) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(signals, forKey: .signals)
    try c.encodeIfPresent(text, forKey: .text)
    if !steps.isEmpty { try c.encode(steps, forKey: .steps) }
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
