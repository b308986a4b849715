/// `date [-u] [-d STRING] [+FORMAT | -I[SPEC] | -R | --rfc-3339=SPEC]`: one time printed on a
/// line of its own. The time is the run's clock unless `date` is given.
public struct DateInvocation: Codable, Equatable, Hashable, Sendable {
  /// `-u`: in Coordinated Universal Time instead of the local time zone.
  public var utc: Bool
  /// `-d STRING`: `@SECONDS` or an ISO-8601 date and time, read at run time.
  public var date: Template?
  /// How the time is written.
  public var output: Output

  public enum Output: Equatable, Hashable, Sendable {
    /// No output option: `Wed Dec  2 19:11:27 UTC 2026`.
    case standard
    /// `+FORMAT`: the format after the `+`, with GNU date's conversions.
    case format(Template)
    /// `-I[SPEC]`, `--iso-8601[=SPEC]`.
    case iso8601(Precision)
    /// `--rfc-3339=SPEC` (`date` is not `hours`/`minutes` here).
    case rfc3339(Precision)
    /// `-R`, `--rfc-email`.
    case rfcEmail
  }

  /// How much of the time `-I`/`--rfc-3339` print.
  public enum Precision: String, Codable, Equatable, Hashable, Sendable {
    case date, hours, minutes, seconds, ns
  }

  public init(utc: Bool = false, date: Template? = nil, output: Output = .standard) {
    self.utc = utc
    self.date = date
    self.output = output
  }

  enum CodingKeys: String, CodingKey {
    case utc, date, format
    case iso8601 = "iso-8601"
    case rfc3339 = "rfc-3339"
    case rfcEmail = "rfc-email"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    utc = try c.flag(.utc)
    date = try c.decodeIfPresent(Template.self, forKey: .date)
    if let format = try c.decodeIfPresent(Template.self, forKey: .format) {
      output = .format(format)
    } else if let precision = try c.decodeIfPresent(Precision.self, forKey: .iso8601) {
      output = .iso8601(precision)
    } else if let precision = try c.decodeIfPresent(Precision.self, forKey: .rfc3339) {
      output = .rfc3339(precision)
    } else if try c.flag(.rfcEmail) {
      output = .rfcEmail
    } else {
      output = .standard
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.flag(utc, .utc)
    try c.encodeIfPresent(date, forKey: .date)
    switch output {
    case .standard: break
    case .format(let format): try c.encode(format, forKey: .format)
    case .iso8601(let precision): try c.encode(precision, forKey: .iso8601)
    case .rfc3339(let precision): try c.encode(precision, forKey: .rfc3339)
    case .rfcEmail: try c.encode(true, forKey: .rfcEmail)
    }
  }
}
