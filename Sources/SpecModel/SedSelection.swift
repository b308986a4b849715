/// The lines a sed regular-expression address selects: `sed -n '/re/p'` and `sed '/re/!d'`
/// keep them, `sed -n '/re/!p'` and `sed '/re/d'` keep the others. Lines are written as sed
/// writes them: a last line without a newline stays without one.
public struct SedSelection: Codable, Equatable, Hashable, Sendable {
  /// Basic, or extended with `extended`, regular expression, in sed's dialect.
  public var pattern: String
  public var extended: Bool
  /// The `I` address flag.
  public var ignoreCase: Bool
  /// Keep the lines that do not match.
  public var invert: Bool

  public init(
    pattern: String, extended: Bool = false, ignoreCase: Bool = false, invert: Bool = false
  ) {
    self.pattern = pattern
    self.extended = extended
    self.ignoreCase = ignoreCase
    self.invert = invert
  }

  enum CodingKeys: String, CodingKey {
    case pattern, extended
    case ignoreCase = "ignore-case"
    case invert
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    pattern = try c.decode(String.self, forKey: .pattern)
    extended = try c.flag(.extended)
    ignoreCase = try c.flag(.ignoreCase)
    invert = try c.flag(.invert)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(pattern, forKey: .pattern)
    try c.flag(extended, .extended)
    try c.flag(ignoreCase, .ignoreCase)
    try c.flag(invert, .invert)
  }
}
