/// `realpath [-e|-m] [-s] [-q] [-z] NAME…`: each name as an absolute path without `.`, `..`,
/// repeated slashes or (unless `-s`) symbolic links, resolved against the working directory.
public struct RealpathCall: Codable, Equatable, Hashable, Sendable {
  /// Which components must exist.
  public enum Existence: String, Codable, Equatable, Hashable, Sendable {
    /// Every component but the last (the default).
    case allButLast = "all-but-last"
    /// Every component (`-e`).
    case all
    /// None (`-m`).
    case none
  }

  public var names: [Template]
  public var existence: Existence
  /// `-s`: symbolic links are not followed (`..` removes the previous component as text).
  public var noSymlinks: Bool
  /// `-q`: no message for a name that cannot be resolved (the status is still 1).
  public var quiet: Bool
  /// `-z`: each path ends with NUL instead of a newline.
  public var zero: Bool

  public init(
    names: [Template], existence: Existence = .allButLast, noSymlinks: Bool = false,
    quiet: Bool = false, zero: Bool = false
  ) {
    self.names = names
    self.existence = existence
    self.noSymlinks = noSymlinks
    self.quiet = quiet
    self.zero = zero
  }

  enum CodingKeys: String, CodingKey {
    case names, existence
    case noSymlinks = "no-symlinks"
    case quiet, zero
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    names = try c.decode([Template].self, forKey: .names)
    existence = try c.decodeIfPresent(Existence.self, forKey: .existence) ?? .allButLast
    noSymlinks = try c.flag(.noSymlinks)
    quiet = try c.flag(.quiet)
    zero = try c.flag(.zero)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(names, forKey: .names)
    if existence != .allButLast { try c.encode(existence, forKey: .existence) }
    try c.flag(noSymlinks, .noSymlinks)
    try c.flag(quiet, .quiet)
    try c.flag(zero, .zero)
  }
}
