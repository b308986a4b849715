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

  public init(names: [String], raw: Bool = false, delimiter: String? = nil, ifs: Template? = nil) {
    self.names = names
    self.raw = raw
    self.delimiter = delimiter
    self.ifs = ifs
  }

  enum CodingKeys: String, CodingKey { case names, raw, delimiter, ifs }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
    raw = try c.decodeIfPresent(Bool.self, forKey: .raw) ?? false
    delimiter = try c.decodeIfPresent(String.self, forKey: .delimiter)
    ifs = try c.decodeIfPresent(Template.self, forKey: .ifs)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !names.isEmpty { try c.encode(names, forKey: .names) }
    if raw { try c.encode(true, forKey: .raw) }
    try c.encodeIfPresent(delimiter, forKey: .delimiter)
    try c.encodeIfPresent(ifs, forKey: .ifs)
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
