/// `basename NAME [SUFFIX]`, `basename -a [-s SUFFIX] NAME…`, `dirname NAME…`: a part of each
/// name, computed from the text alone (no file is looked at), one per line.
public struct PathPartCall: Codable, Equatable, Hashable, Sendable {
  public enum Part: String, Codable, Equatable, Hashable, Sendable {
    /// The last component, without trailing slashes (`basename`).
    case base
    /// Everything before the last component (`dirname`).
    case directory
  }

  public var part: Part
  public var names: [Template]
  /// `basename`'s SUFFIX, removed from a result it does not make up whole.
  public var suffix: Template?
  /// `-z`: each result ends with a NUL byte instead of a newline.
  public var zero: Bool

  public init(part: Part, names: [Template], suffix: Template? = nil, zero: Bool = false) {
    self.part = part
    self.names = names
    self.suffix = suffix
    self.zero = zero
  }

  enum CodingKeys: String, CodingKey { case part, names, suffix, zero }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    part = try c.decode(Part.self, forKey: .part)
    names = try c.decode([Template].self, forKey: .names)
    suffix = try c.decodeIfPresent(Template.self, forKey: .suffix)
    zero = try c.flag(.zero)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(part, forKey: .part)
    try c.encode(names, forKey: .names)
    try c.encodeIfPresent(suffix, forKey: .suffix)
    try c.flag(zero, .zero)
  }
}
