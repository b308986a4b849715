/// `sort [-n] [-r] [-u] [-t SEP] [-k N[,M][n][r]]…`: GNU sort in a C.UTF-8 locale (byte order).
public struct SortInvocation: Codable, Equatable, Hashable, Sendable {
  /// `-k`: the keys compared in order; the whole line when empty.
  public var keys: [SortKey]
  /// `-n`: compare (keys without options of their own) as numbers.
  public var numeric: Bool
  /// `-r`: reverse the order (of keys without options of their own, and of the last-resort
  /// whole-line comparison).
  public var reverse: Bool
  /// `-u`: only the first of lines whose keys compare equal.
  public var unique: Bool
  /// `-t SEP`: one byte separating fields; fields start after runs of blanks when absent.
  public var separator: String?

  public init(
    keys: [SortKey] = [], numeric: Bool = false, reverse: Bool = false, unique: Bool = false,
    separator: String? = nil
  ) {
    self.keys = keys
    self.numeric = numeric
    self.reverse = reverse
    self.unique = unique
    self.separator = separator
  }

  enum CodingKeys: String, CodingKey { case keys, numeric, reverse, unique, separator }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    keys = try c.decodeIfPresent([SortKey].self, forKey: .keys) ?? []
    numeric = try c.decodeIfPresent(Bool.self, forKey: .numeric) ?? false
    reverse = try c.decodeIfPresent(Bool.self, forKey: .reverse) ?? false
    unique = try c.decodeIfPresent(Bool.self, forKey: .unique) ?? false
    separator = try c.decodeIfPresent(String.self, forKey: .separator)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !keys.isEmpty { try c.encode(keys, forKey: .keys) }
    if numeric { try c.encode(true, forKey: .numeric) }
    if reverse { try c.encode(true, forKey: .reverse) }
    if unique { try c.encode(true, forKey: .unique) }
    try c.encodeIfPresent(separator, forKey: .separator)
  }
}

/// One `-k FROM[,TO]` key: whole fields, 1-based.
public struct SortKey: Codable, Equatable, Hashable, Sendable {
  /// First field of the key.
  public var from: Int
  /// Last field of the key (through the end of the line when absent).
  public var to: Int?
  /// The key's own `n` option.
  public var numeric: Bool
  /// The key's own `r` option.
  public var reverse: Bool

  public init(from: Int, to: Int? = nil, numeric: Bool = false, reverse: Bool = false) {
    self.from = from
    self.to = to
    self.numeric = numeric
    self.reverse = reverse
  }

  enum CodingKeys: String, CodingKey { case from, to, numeric, reverse }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    from = try c.decode(Int.self, forKey: .from)
    to = try c.decodeIfPresent(Int.self, forKey: .to)
    numeric = try c.decodeIfPresent(Bool.self, forKey: .numeric) ?? false
    reverse = try c.decodeIfPresent(Bool.self, forKey: .reverse) ?? false
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(from, forKey: .from)
    try c.encodeIfPresent(to, forKey: .to)
    if numeric { try c.encode(true, forKey: .numeric) }
    if reverse { try c.encode(true, forKey: .reverse) }
  }
}
