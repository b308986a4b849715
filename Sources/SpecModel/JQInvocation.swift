/// One `jq` command: a program, its options and named arguments.
public struct JQInvocation: Codable, Equatable, Hashable, Sendable {
  /// The program text, exactly as jq receives it (may contain `$name` arguments); empty
  /// with `programFile`.
  public var program: String
  /// `-f FILE` / `--from-file FILE`: the program is the text of this file, read when jq runs.
  public var programFile: Template?
  /// `-r`: strings printed without quotes.
  public var rawOutput: Bool = false
  /// `-j`: like `-r`, without newlines between results.
  public var joinOutput: Bool = false
  /// `-e`: exit 1 when the last output is `false` or `null`, 4 when there is none.
  public var exitStatus: Bool = false
  /// `-s`: all inputs read into one array.
  public var slurp: Bool = false
  /// `-R`: each input line is a string (with `-s`, the whole input is one string).
  public var rawInput: Bool = false
  /// `-n`: the program runs once on `null`; input is read only through `input`/`inputs`.
  public var nullInput: Bool = false
  /// `-c`: one line per result.
  public var compact: Bool = false
  /// `-S`: object keys sorted.
  public var sortKeys: Bool = false
  /// `--tab`: indent with tabs.
  public var tab: Bool = false
  /// `--indent N`.
  public var indent: Int?
  /// `-a`: non-ASCII characters escaped as `\uXXXX`.
  public var asciiOutput: Bool = false
  /// `-C` (undone by a later `-M`): colored output.
  public var colorOutput: Bool = false
  /// `--seq`: RS-separated input and an RS before each JSON output.
  public var seq: Bool = false
  /// `--stream`: inputs read as streams of `[path, leaf]` events.
  public var stream: Bool = false
  /// `--arg` / `--argjson` / `--rawfile` / `--slurpfile` in command-line order.
  public var arguments: [JQArgument] = []
  /// File operands, read in order as one stream instead of standard input (`-` is standard
  /// input); jq opens them itself, so its messages name them.
  public var inputFiles: [Template] = []
  /// Words after the program following `--args` / `--jsonargs`: `$ARGS.positional`.
  public var positional: [JQPositional] = []

  public init(program: String) {
    self.program = program
  }

  enum CodingKeys: String, CodingKey {
    case program
    case rawOutput = "raw-output"
    case joinOutput = "join-output"
    case
      exitStatus = "exit-status"
    case slurp
    case rawInput = "raw-input"
    case nullInput = "null-input"
    case
      compact
    case sortKeys = "sort-keys"
    case tab, indent, arguments
    case inputFiles = "files"
    case positional
    case asciiOutput = "ascii-output"
    case colorOutput = "color-output"
    case seq, stream
    case programFile = "program-file"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    program = try c.decode(String.self, forKey: .program)
    rawOutput = try c.flag(.rawOutput)
    joinOutput = try c.flag(.joinOutput)
    exitStatus = try c.flag(.exitStatus)
    slurp = try c.flag(.slurp)
    rawInput = try c.flag(.rawInput)
    nullInput = try c.flag(.nullInput)
    compact = try c.flag(.compact)
    sortKeys = try c.flag(.sortKeys)
    tab = try c.flag(.tab)
    indent = try c.decodeIfPresent(Int.self, forKey: .indent)
    asciiOutput = try c.flag(.asciiOutput)
    colorOutput = try c.flag(.colorOutput)
    seq = try c.flag(.seq)
    stream = try c.flag(.stream)
    programFile = try c.decodeIfPresent(Template.self, forKey: .programFile)
    arguments = try c.decodeIfPresent([JQArgument].self, forKey: .arguments) ?? []
    inputFiles = try c.decodeIfPresent([Template].self, forKey: .inputFiles) ?? []
    positional = try c.decodeIfPresent([JQPositional].self, forKey: .positional) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(program, forKey: .program)
    try c.flag(rawOutput, .rawOutput)
    try c.flag(joinOutput, .joinOutput)
    try c.flag(exitStatus, .exitStatus)
    try c.flag(slurp, .slurp)
    try c.flag(rawInput, .rawInput)
    try c.flag(nullInput, .nullInput)
    try c.flag(compact, .compact)
    try c.flag(sortKeys, .sortKeys)
    try c.flag(tab, .tab)
    try c.encodeIfPresent(indent, forKey: .indent)
    try c.flag(asciiOutput, .asciiOutput)
    try c.flag(colorOutput, .colorOutput)
    try c.flag(seq, .seq)
    try c.flag(stream, .stream)
    try c.encodeIfPresent(programFile, forKey: .programFile)
    if !arguments.isEmpty { try c.encode(arguments, forKey: .arguments) }
    if !inputFiles.isEmpty { try c.encode(inputFiles, forKey: .inputFiles) }
    if !positional.isEmpty { try c.encode(positional, forKey: .positional) }
  }
}

/// `--arg name value` (a string) or `--argjson name value` (parsed as JSON at run time); with
/// `file`, `value` is a path: `--rawfile name FILE` (the file's text) or `--slurpfile name FILE`
/// (`json`: an array of the JSON values in the file).
public struct JQArgument: Codable, Equatable, Hashable, Sendable {
  public var name: String
  public var value: Template
  public var json: Bool
  public var file: Bool

  public init(name: String, value: Template, json: Bool = false, file: Bool = false) {
    self.name = name
    self.value = value
    self.json = json
    self.file = file
  }

  enum CodingKeys: String, CodingKey { case name, value, json, file }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    value = try c.decode(Template.self, forKey: .value)
    json = try c.flag(.json)
    file = try c.flag(.file)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(value, forKey: .value)
    try c.flag(json, .json)
    try c.flag(file, .file)
  }
}

/// A word after `--args` (a string) or `--jsonargs` (`json`: parsed as JSON at run time).
public struct JQPositional: Codable, Equatable, Hashable, Sendable {
  public var value: Template
  public var json: Bool

  public init(_ value: Template, json: Bool = false) {
    self.value = value
    self.json = json
  }

  enum CodingKeys: String, CodingKey { case value, json }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    value = try c.decode(Template.self, forKey: .value)
    json = try c.flag(.json)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(value, forKey: .value)
    try c.flag(json, .json)
  }
}
