/// `sort [-bfnrsugVh] [-c|-C] [-o FILE] [-t SEP] [-k N[,M][bfnrgVh]]…`: GNU sort in a C.UTF-8
/// locale (byte order).
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
  /// `-f`: compare (keys without options of their own) with ASCII letters upper-cased.
  public var foldCase: Bool
  /// `-b`: keys (without options of their own) start after their leading blanks.
  public var skipBlanks: Bool
  /// `-s`: lines whose keys compare equal keep their input order (no whole-line comparison).
  public var stable: Bool
  /// `-t SEP`: one byte separating fields; fields start after runs of blanks when absent.
  public var separator: String?
  /// `-g`, `-h`, `-V` (keys without options of their own): how keys compare instead of bytes.
  public var ordering: SortKey.Ordering?
  /// `-c` (`diagnose`) / `-C` (`quiet`): only check that the input is sorted.
  public var check: Check?
  /// `-o FILE`: the sorted lines are written to FILE (after all input is read).
  public var output: Template?
  /// File operands, all read before sorting (`-` is standard input); none reads standard input.
  public var files: [Template]

  public enum Check: String, Codable, Equatable, Hashable, Sendable {
    case diagnose, quiet
  }

  public init(
    keys: [SortKey] = [], numeric: Bool = false, reverse: Bool = false, unique: Bool = false,
    foldCase: Bool = false, skipBlanks: Bool = false, stable: Bool = false,
    separator: String? = nil, ordering: SortKey.Ordering? = nil, check: Check? = nil,
    output: Template? = nil, files: [Template] = []
  ) {
    self.files = files
    self.ordering = ordering
    self.check = check
    self.output = output
    self.keys = keys
    self.numeric = numeric
    self.reverse = reverse
    self.unique = unique
    self.foldCase = foldCase
    self.skipBlanks = skipBlanks
    self.stable = stable
    self.separator = separator
  }

  enum CodingKeys: String, CodingKey {
    case keys, numeric, reverse, unique
    case foldCase = "fold-case"
    case skipBlanks = "skip-blanks"
    case stable, separator, ordering, check, output, files
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    ordering = try c.decodeIfPresent(SortKey.Ordering.self, forKey: .ordering)
    check = try c.decodeIfPresent(Check.self, forKey: .check)
    output = try c.decodeIfPresent(Template.self, forKey: .output)
    keys = try c.decodeIfPresent([SortKey].self, forKey: .keys) ?? []
    numeric = try c.flag(.numeric)
    reverse = try c.flag(.reverse)
    unique = try c.flag(.unique)
    foldCase = try c.flag(.foldCase)
    skipBlanks = try c.flag(.skipBlanks)
    stable = try c.flag(.stable)
    separator = try c.decodeIfPresent(String.self, forKey: .separator)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !keys.isEmpty { try c.encode(keys, forKey: .keys) }
    try c.flag(numeric, .numeric)
    try c.flag(reverse, .reverse)
    try c.flag(unique, .unique)
    try c.flag(foldCase, .foldCase)
    try c.flag(skipBlanks, .skipBlanks)
    try c.flag(stable, .stable)
    try c.encodeIfPresent(separator, forKey: .separator)
    try c.encodeIfPresent(ordering, forKey: .ordering)
    try c.encodeIfPresent(check, forKey: .check)
    try c.encodeIfPresent(output, forKey: .output)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
  }
}

/// One `-k FROM[,TO]` key: whole fields, 1-based, with the options written after its field
/// numbers (a key with none takes the global `-b -f -n -r`).
public struct SortKey: Codable, Equatable, Hashable, Sendable {
  /// First field of the key.
  public var from: Int
  /// Last field of the key (through the end of the line when absent).
  public var to: Int?
  /// The key's own `n` option.
  public var numeric: Bool
  /// The key's own `r` option.
  public var reverse: Bool
  /// The key's own `f` option.
  public var foldCase: Bool
  /// The key's own `b` option (after its first field number: `-k2b,3`).
  public var skipBlanks: Bool
  /// The key's own `g`, `h` or `V` option.
  public var ordering: Ordering?

  /// Comparisons other than bytes and `-n`.
  public enum Ordering: String, Codable, Equatable, Hashable, Sendable {
    /// `-g`: as floating-point numbers (`strtod`).
    case general
    /// `-h`: numbers with K, M, G… suffixes.
    case human
    /// `-V`: version numbers within text.
    case version
  }

  public init(
    from: Int, to: Int? = nil, numeric: Bool = false, reverse: Bool = false,
    foldCase: Bool = false, skipBlanks: Bool = false, ordering: Ordering? = nil
  ) {
    self.ordering = ordering
    self.from = from
    self.to = to
    self.numeric = numeric
    self.reverse = reverse
    self.foldCase = foldCase
    self.skipBlanks = skipBlanks
  }

  /// Whether the key has options of its own (GNU's `default_key_compare`, and `r`).
  public var hasOptions: Bool { numeric || reverse || foldCase || skipBlanks || ordering != nil }

  enum CodingKeys: String, CodingKey {
    case from, to, numeric, reverse
    case foldCase = "fold-case"
    case skipBlanks = "skip-blanks"
    case ordering
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    ordering = try c.decodeIfPresent(Ordering.self, forKey: .ordering)
    from = try c.decode(Int.self, forKey: .from)
    to = try c.decodeIfPresent(Int.self, forKey: .to)
    numeric = try c.flag(.numeric)
    reverse = try c.flag(.reverse)
    foldCase = try c.flag(.foldCase)
    skipBlanks = try c.flag(.skipBlanks)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(from, forKey: .from)
    try c.encodeIfPresent(to, forKey: .to)
    try c.flag(numeric, .numeric)
    try c.flag(reverse, .reverse)
    try c.flag(foldCase, .foldCase)
    try c.flag(skipBlanks, .skipBlanks)
    try c.encodeIfPresent(ordering, forKey: .ordering)
  }
}
