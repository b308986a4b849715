/// `sha256sum`, `sha1sum`, `md5sum` `[-b] [--tag] [-z] [FILE…]`: one digest line per input.
public struct ChecksumInvocation: Codable, Equatable, Hashable, Sendable {
  public enum Algorithm: String, Codable, Equatable, Hashable, Sendable {
    case md5, sha1, sha256
  }

  public var algorithm: Algorithm
  /// File operands (`-` is standard input); none reads standard input.
  public var files: [Template]
  /// `-b`: the name follows ` *` instead of two spaces.
  public var binary: Bool
  /// `--tag`: BSD-style lines, `SHA256 (NAME) = DIGEST`.
  public var tag: Bool
  /// `-z`: lines end with NUL, names are not escaped.
  public var zero: Bool

  public init(
    algorithm: Algorithm, files: [Template] = [], binary: Bool = false, tag: Bool = false,
    zero: Bool = false
  ) {
    self.algorithm = algorithm
    self.files = files
    self.binary = binary
    self.tag = tag
    self.zero = zero
  }

  enum CodingKeys: String, CodingKey { case algorithm, files, binary, tag, zero }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    algorithm = try c.decode(Algorithm.self, forKey: .algorithm)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
    binary = try c.flag(.binary)
    tag = try c.flag(.tag)
    zero = try c.flag(.zero)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(algorithm, forKey: .algorithm)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
    try c.flag(binary, .binary)
    try c.flag(tag, .tag)
    try c.flag(zero, .zero)
  }
}
