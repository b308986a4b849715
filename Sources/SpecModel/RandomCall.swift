/// `uuidgen [-r]`, `openssl rand -hex N`, `openssl rand -base64 N`: random text on its own
/// line(s), different at each run.
public struct RandomCall: Codable, Equatable, Hashable, Sendable {
  public enum Kind: String, Codable, Equatable, Hashable, Sendable {
    /// A version-4 UUID in lower case (`uuidgen`).
    case uuid
    /// `bytes` random bytes in lower-case hexadecimal (`openssl rand -hex`).
    case hex
    /// `bytes` random bytes in base64, 64 characters a line (`openssl rand -base64`).
    case base64
  }

  public var kind: Kind
  /// How many random bytes (`hex`, `base64`), read at run time as openssl reads it.
  public var bytes: Template?

  public init(kind: Kind, bytes: Template? = nil) {
    self.kind = kind
    self.bytes = bytes
  }

  enum CodingKeys: String, CodingKey { case kind, bytes }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    kind = try c.decode(Kind.self, forKey: .kind)
    bytes = try c.decodeIfPresent(Template.self, forKey: .bytes)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encodeIfPresent(bytes, forKey: .bytes)
  }
}
