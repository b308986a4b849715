/// `uniq [-c] [-d] [-u] [-i] [-f N] [-s N] [-w N]`: runs of equal adjacent lines, each
/// written once.
public struct UniqInvocation: Codable, Equatable, Hashable, Sendable {
  /// `-c`: each line preceded by how many times it occurred.
  public var count: Bool
  /// `-d`: only lines that occurred more than once.
  public var repeated: Bool
  /// `-u`: only lines that occurred once (with `-d`: nothing).
  public var unique: Bool
  /// `-i`: letters compared without case.
  public var ignoreCase: Bool = false
  /// `-f N`: the first N fields (blanks then non-blanks) are not compared.
  public var skipFields: Int = 0
  /// `-s N`: then the next N bytes are not compared.
  public var skipChars: Int = 0
  /// `-w N`: at most N bytes are compared after that.
  public var checkChars: Int?
  /// The input file operand (`-` is standard input); none reads standard input.
  public var file: Template?

  public init(
    count: Bool = false, repeated: Bool = false, unique: Bool = false, ignoreCase: Bool = false,
    skipFields: Int = 0, skipChars: Int = 0, checkChars: Int? = nil, file: Template? = nil
  ) {
    self.file = file
    self.count = count
    self.repeated = repeated
    self.unique = unique
    self.ignoreCase = ignoreCase
    self.skipFields = skipFields
    self.skipChars = skipChars
    self.checkChars = checkChars
  }

  enum CodingKeys: String, CodingKey {
    case count, repeated, unique
    case ignoreCase = "ignore-case"
    case skipFields = "skip-fields"
    case skipChars = "skip-chars"
    case checkChars = "check-chars"
    case file
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    count = try c.flag(.count)
    repeated = try c.flag(.repeated)
    unique = try c.flag(.unique)
    ignoreCase = try c.flag(.ignoreCase)
    skipFields = try c.decodeIfPresent(Int.self, forKey: .skipFields) ?? 0
    skipChars = try c.decodeIfPresent(Int.self, forKey: .skipChars) ?? 0
    checkChars = try c.decodeIfPresent(Int.self, forKey: .checkChars)
    file = try c.decodeIfPresent(Template.self, forKey: .file)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.flag(count, .count)
    try c.flag(repeated, .repeated)
    try c.flag(unique, .unique)
    try c.flag(ignoreCase, .ignoreCase)
    if skipFields != 0 { try c.encode(skipFields, forKey: .skipFields) }
    if skipChars != 0 { try c.encode(skipChars, forKey: .skipChars) }
    try c.encodeIfPresent(checkChars, forKey: .checkChars)
    try c.encodeIfPresent(file, forKey: .file)
  }
}
