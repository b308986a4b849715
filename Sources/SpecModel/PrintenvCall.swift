/// `printenv NAME…`: the values of exported variables, one per line; status 1 when one is not
/// in the environment.
public struct PrintenvCall: Codable, Equatable, Hashable, Sendable {
  public var names: [Template]

  public init(names: [Template]) {
    self.names = names
  }

  enum CodingKeys: String, CodingKey { case names }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    names = try c.decode([Template].self, forKey: .names)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(names, forKey: .names)
  }
}
