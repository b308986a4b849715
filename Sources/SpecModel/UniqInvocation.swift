/// `uniq [-c] [-d] [-u]`: runs of equal adjacent lines, each written once.
public struct UniqInvocation: Codable, Equatable, Hashable, Sendable {
  /// `-c`: each line preceded by how many times it occurred.
  public var count: Bool
  /// `-d`: only lines that occurred more than once.
  public var repeated: Bool
  /// `-u`: only lines that occurred once (with `-d`: nothing).
  public var unique: Bool

  public init(count: Bool = false, repeated: Bool = false, unique: Bool = false) {
    self.count = count
    self.repeated = repeated
    self.unique = unique
  }

  enum CodingKeys: String, CodingKey { case count, repeated, unique }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    count = try c.decodeIfPresent(Bool.self, forKey: .count) ?? false
    repeated = try c.decodeIfPresent(Bool.self, forKey: .repeated) ?? false
    unique = try c.decodeIfPresent(Bool.self, forKey: .unique) ?? false
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if count { try c.encode(true, forKey: .count) }
    if repeated { try c.encode(true, forKey: .repeated) }
    if unique { try c.encode(true, forKey: .unique) }
  }
}
