/// What the runtime recorded about a failing scenario's failing step, for its report: the
/// verdict of the command that failed, the HTTP exchanges around it, and the variables to
/// resolve its source with. Values only: the report is rendered from them (`FailureReport`).
public struct FailureDetail: Sendable, Equatable, Codable {
  public var verdict: FailureVerdict?
  /// The exchanges of the failing step, in order; when it made none, the last one the
  /// scenario made before it (its step named by `owner` and `line`).
  public var exchanges: [StepExchange]
  /// The shell's scalar variables when the scenario ended (values read from `.env` and
  /// credentials left out), to resolve the failing command's `$NAME`s.
  public var variables: [String: String]

  public init(
    verdict: FailureVerdict? = nil, exchanges: [StepExchange] = [],
    variables: [String: String] = [:]
  ) {
    self.verdict = verdict
    self.exchanges = exchanges
    self.variables = variables
  }

  /// An exchange and the step that made it.
  public struct StepExchange: Sendable, Equatable, Codable {
    /// The environment or scenario id whose step made the request.
    public var owner: String
    /// The step's line, relative to its owner's heading.
    public var line: Int
    public var exchange: HTTPExchangeRecord

    public init(owner: String, line: Int, exchange: HTTPExchangeRecord) {
      self.owner = owner
      self.line = line
      self.exchange = exchange
    }
  }

  /// Every secret masked: texts through `masking`, and variables whose value holds a secret
  /// dropped (the reproduction leaves them as `$NAME`).
  public func masked(by masking: SecretMasking) -> FailureDetail {
    let mask = { (text: String) in masking.mask(text) }
    var copy = self
    copy.verdict = verdict?.mapText(mask)
    copy.exchanges = exchanges.map {
      StepExchange(owner: $0.owner, line: $0.line, exchange: $0.exchange.mapText(mask))
    }
    copy.variables = variables.filter { _, value in
      masking.replaceSecrets(in: Array(value.utf8)) == Array(value.utf8)
    }
    return copy
  }
}
