/// `xxd [-p | -i | -r [-p]] [-c COLS] [-g BYTES] [-l LEN] [-s SEEK] [-u] [-C] [FILE]`: a hex
/// dump of the input (or its file operand), or (`-r`) the bytes a dump stands for, as xxd
/// 2022-01-14 (vim 9) writes them.
public struct XxdInvocation: Codable, Equatable, Hashable, Sendable {
  public enum Mode: String, Codable, Equatable, Hashable, Sendable {
    /// Offset, groups of hexadecimal bytes, the bytes as ASCII.
    case dump
    /// `-p`: hexadecimal only, `columns` bytes a line (30 by default).
    case plain
    /// `-i`: a C array (with its declaration and length when reading a file).
    case include
    /// `-r`: a dump read back into bytes.
    case reverse
    /// `-r -p`: plain hexadecimal read back into bytes (anything else skipped).
    case reversePlain = "reverse-plain"
  }

  public var mode: Mode
  /// `-c`: bytes a line; the mode's default (16, `-p` 30, `-i` 12) when absent.
  public var columns: Int?
  /// `-g`: bytes a group in a dump (2 by default; 0 one group a line).
  public var groupSize: Int?
  /// `-l`: at most this many bytes.
  public var length: Int?
  /// `-s`: input bytes skipped first; offsets count them.
  public var seek: Int
  /// `-u`: upper-case hexadecimal digits.
  public var uppercase: Bool
  /// `-C`: the `-i` variable names in capitals.
  public var capitalize: Bool
  /// The input file operand, which xxd opens itself; standard input when absent.
  public var file: Template?

  public init(
    mode: Mode = .dump, columns: Int? = nil, groupSize: Int? = nil, length: Int? = nil,
    seek: Int = 0, uppercase: Bool = false, capitalize: Bool = false, file: Template? = nil
  ) {
    self.mode = mode
    self.columns = columns
    self.groupSize = groupSize
    self.length = length
    self.seek = seek
    self.uppercase = uppercase
    self.capitalize = capitalize
    self.file = file
  }

  enum CodingKeys: String, CodingKey {
    case mode, columns
    case groupSize = "group-size"
    case length, seek, uppercase, capitalize, file
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    mode = try c.decodeIfPresent(Mode.self, forKey: .mode) ?? .dump
    columns = try c.decodeIfPresent(Int.self, forKey: .columns)
    groupSize = try c.decodeIfPresent(Int.self, forKey: .groupSize)
    length = try c.decodeIfPresent(Int.self, forKey: .length)
    seek = try c.decodeIfPresent(Int.self, forKey: .seek) ?? 0
    uppercase = try c.flag(.uppercase)
    capitalize = try c.flag(.capitalize)
    file = try c.decodeIfPresent(Template.self, forKey: .file)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(mode, forKey: .mode)
    try c.encodeIfPresent(columns, forKey: .columns)
    try c.encodeIfPresent(groupSize, forKey: .groupSize)
    try c.encodeIfPresent(length, forKey: .length)
    if seek != 0 { try c.encode(seek, forKey: .seek) }
    try c.flag(uppercase, .uppercase)
    try c.flag(capitalize, .capitalize)
    try c.encodeIfPresent(file, forKey: .file)
  }
}
