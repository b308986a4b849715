/// `seq [-s SEP] [-w] [-f FORMAT] [FIRST [INCREMENT]] LAST`: numbers from FIRST to LAST, read
/// at run time as GNU seq reads them (decimal fractions and exponents, negative steps).
public struct SeqInvocation: Codable, Equatable, Hashable, Sendable {
  /// FIRST (1 when absent).
  public var first: Template?
  /// INCREMENT (1 when absent).
  public var increment: Template?
  public var last: Template
  /// `-s SEP`: written between numbers (a newline when absent); the output ends with a newline.
  public var separator: Template?
  /// `-w`: numbers padded with leading zeros to equal width.
  public var equalWidth: Bool
  /// `-f FORMAT`: a printf floating-point format for each number.
  public var format: Template?

  public init(
    first: Template? = nil, increment: Template? = nil, last: Template,
    separator: Template? = nil, equalWidth: Bool = false, format: Template? = nil
  ) {
    self.first = first
    self.increment = increment
    self.last = last
    self.separator = separator
    self.equalWidth = equalWidth
    self.format = format
  }

  enum CodingKeys: String, CodingKey {
    case first, increment, last, separator
    case equalWidth = "equal-width"
    case format
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    first = try c.decodeIfPresent(Template.self, forKey: .first)
    increment = try c.decodeIfPresent(Template.self, forKey: .increment)
    last = try c.decode(Template.self, forKey: .last)
    separator = try c.decodeIfPresent(Template.self, forKey: .separator)
    equalWidth = try c.flag(.equalWidth)
    format = try c.decodeIfPresent(Template.self, forKey: .format)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(first, forKey: .first)
    try c.encodeIfPresent(increment, forKey: .increment)
    try c.encode(last, forKey: .last)
    try c.encodeIfPresent(separator, forKey: .separator)
    try c.flag(equalWidth, .equalWidth)
    try c.encodeIfPresent(format, forKey: .format)
  }
}
