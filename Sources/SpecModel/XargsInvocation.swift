/// `xargs [-0 | -d DELIM] [-n N | -L N | -I STR] [-r] [-t] [COMMAND [ARG…]]`: the items of the
/// input run a command, as GNU findutils xargs 4.9 splits, batches and runs them. The command
/// is lowered once, with the items as its positional parameters.
public struct XargsInvocation: Codable, Equatable, Hashable, Sendable {
  /// The command's words as xargs builds them: the words written, then `"$@"` (the batch's
  /// items); with `-I` each replace string became `$1` (the item) instead.
  public var command: [Template]
  /// The command lowered to steps with the items as positional parameters; nil when xargs
  /// cannot run it (a shell function or builtin: `No such file or directory`, status 127).
  public var run: [Step]?
  /// `-0` (0) or `-d DELIM`: each byte `delimiter` ends an item, nothing else is special;
  /// nil: items are separated by blanks and newlines, with quotes and backslashes.
  public var delimiter: Int?
  /// `-n N`: at most N items an invocation.
  public var maxArgs: Int?
  /// `-L N`: the items of at most N input lines an invocation.
  public var maxLines: Int?
  /// `-I STR`: one invocation per line (leading blanks removed), STR replaced by it.
  public var replace: String?
  /// `-r`: no invocation when the input has no items.
  public var noRunIfEmpty: Bool
  /// `-t`: each command line written to standard error before it runs.
  public var trace: Bool

  public init(
    command: [Template], run: [Step]?, delimiter: Int? = nil, maxArgs: Int? = nil,
    maxLines: Int? = nil, replace: String? = nil, noRunIfEmpty: Bool = false,
    trace: Bool = false
  ) {
    self.command = command
    self.run = run
    self.delimiter = delimiter
    self.maxArgs = maxArgs
    self.maxLines = maxLines
    self.replace = replace
    self.noRunIfEmpty = noRunIfEmpty
    self.trace = trace
  }

  enum CodingKeys: String, CodingKey {
    case command, run, delimiter
    case maxArgs = "max-args"
    case maxLines = "max-lines"
    case replace
    case noRunIfEmpty = "no-run-if-empty"
    case trace
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    command = try c.decode([Template].self, forKey: .command)
    run = try c.decodeIfPresent([Step].self, forKey: .run)
    delimiter = try c.decodeIfPresent(Int.self, forKey: .delimiter)
    maxArgs = try c.decodeIfPresent(Int.self, forKey: .maxArgs)
    maxLines = try c.decodeIfPresent(Int.self, forKey: .maxLines)
    replace = try c.decodeIfPresent(String.self, forKey: .replace)
    noRunIfEmpty = try c.flag(.noRunIfEmpty)
    trace = try c.flag(.trace)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(command, forKey: .command)
    try c.encodeIfPresent(run, forKey: .run)
    try c.encodeIfPresent(delimiter, forKey: .delimiter)
    try c.encodeIfPresent(maxArgs, forKey: .maxArgs)
    try c.encodeIfPresent(maxLines, forKey: .maxLines)
    try c.encodeIfPresent(replace, forKey: .replace)
    try c.flag(noRunIfEmpty, .noRunIfEmpty)
    try c.flag(trace, .trace)
  }
}
