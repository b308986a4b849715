/// `read [-r] [-d DELIM] NAME…`: reads up to the delimiter from standard input, splits the
/// text on `$IFS` and assigns one field per name (the last name gets the rest of the line).
/// Status 1 at end of input, the partial text read still assigned.
public struct ReadStep: Codable, Equatable, Hashable, Sendable {
  /// Variables assigned, in order; `REPLY` (the whole line, unsplit) when empty.
  public var names: [String]
  /// `-r`: backslashes are kept as they are; without it `\X` is X and `\` + newline joins lines.
  public var raw: Bool
  /// `-d DELIM`: the first character of DELIM ends the input (`""` is the NUL byte); a newline
  /// when nil.
  public var delimiter: String?
  /// `IFS=VALUE read …`: the field separators for this command only; `$IFS` when nil.
  public var ifs: Template?
  /// `read -a NAME`: every field, in order, becomes an element of the indexed array NAME
  /// (then `names` is empty).
  public var array: String?

  public init(
    names: [String], raw: Bool = false, delimiter: String? = nil, ifs: Template? = nil,
    array: String? = nil
  ) {
    self.names = names
    self.raw = raw
    self.delimiter = delimiter
    self.ifs = ifs
    self.array = array
  }

  enum CodingKeys: String, CodingKey { case names, raw, delimiter, ifs, array }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
    raw = try c.flag(.raw)
    delimiter = try c.decodeIfPresent(String.self, forKey: .delimiter)
    ifs = try c.decodeIfPresent(Template.self, forKey: .ifs)
    array = try c.decodeIfPresent(String.self, forKey: .array)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !names.isEmpty { try c.encode(names, forKey: .names) }
    try c.flag(raw, .raw)
    try c.encodeIfPresent(delimiter, forKey: .delimiter)
    try c.encodeIfPresent(ifs, forKey: .ifs)
    try c.encodeIfPresent(array, forKey: .array)
  }
}

/// `mapfile [-t] [-d DELIM] NAME` / `readarray`: every line (up to each delimiter) of standard
/// input becomes an element of the indexed array NAME (`MAPFILE` without a name), from 0.
public struct MapfileStep: Codable, Equatable, Hashable, Sendable {
  public var name: String
  /// `-t`: the delimiter is removed from each element.
  public var trim: Bool
  /// `-d DELIM`: the first character of DELIM ends each element (`""` is the NUL byte); a
  /// newline when nil.
  public var delimiter: String?

  public init(name: String, trim: Bool = false, delimiter: String? = nil) {
    self.name = name
    self.trim = trim
    self.delimiter = delimiter
  }

  enum CodingKeys: String, CodingKey { case name, trim, delimiter }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    trim = try c.flag(.trim)
    delimiter = try c.decodeIfPresent(String.self, forKey: .delimiter)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.flag(trim, .trim)
    try c.encodeIfPresent(delimiter, forKey: .delimiter)
  }
}

/// A command run with redirections: `input` is its standard input (a file, a here-document or
/// a here-string), `output` and `errors` where its standard output and error go.
public struct Redirected: Equatable, Hashable, Sendable {
  public var input: Source?
  public var body: [Step]
  /// Standard output when nil.
  public var output: Sink?
  public var errors: ErrorSink?

  public init(input: Source? = nil, body: [Step], output: Sink? = nil, errors: ErrorSink? = nil) {
    self.input = input
    self.body = body
    self.output = output
    self.errors = errors
  }
}
