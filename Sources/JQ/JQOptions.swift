/// The command-line options of `jq` 1.6 that `JQ.run` supports.
///
/// The output-format options interact as when given to `jq` in the order
/// `--indent n --tab -c`: `compact` wins over `tab`, which wins over `indent`.
public struct JQOptions: Sendable, Equatable {
  /// `-r`: strings are written without JSON quoting.
  public var rawOutput: Bool
  /// `-j`: like `-r`, and no newline after each output.
  public var joinOutput: Bool
  /// `-e`: the exit status tells whether the last output was neither `false` nor `null`.
  public var exitStatus: Bool
  /// `-s`: all inputs as one array (with `-R`: the whole input as one string).
  public var slurp: Bool
  /// `-R`: each input line is a string.
  public var rawInput: Bool
  /// `-n`: the program runs once, on `null`; inputs are read with `input`/`inputs`.
  public var nullInput: Bool
  /// `-c`: one output per line.
  public var compact: Bool
  /// `-S`: object keys sorted.
  public var sortKeys: Bool
  /// `--tab`: indent with tabs.
  public var tab: Bool
  /// `--indent n`: indent with `n` spaces (-1 to 7; -1 means tabs, 0 compact).
  public var indent: Int?
  /// `-a`: non-ASCII characters written as `\uXXXX` escapes (with `-r`, a string result is
  /// then written quoted, as jq 1.6 does).
  public var asciiOutput: Bool
  /// `-C`: colored output (jq 1.6's default colors); `-M` turns it off again.
  public var colorOutput: Bool
  /// `--seq`: `application/json-seq` input (RS-separated; a parse error is reported and
  /// skipped instead of ending the run) and an RS before each JSON output.
  public var seq: Bool
  /// `--stream`: each input is read as its stream of `[path, leaf]` and `[path]` events.
  public var stream: Bool

  public init(
    rawOutput: Bool = false, joinOutput: Bool = false, exitStatus: Bool = false,
    slurp: Bool = false, rawInput: Bool = false, nullInput: Bool = false,
    compact: Bool = false, sortKeys: Bool = false, tab: Bool = false, indent: Int? = nil,
    asciiOutput: Bool = false, colorOutput: Bool = false, seq: Bool = false,
    stream: Bool = false
  ) {
    self.rawOutput = rawOutput
    self.joinOutput = joinOutput
    self.exitStatus = exitStatus
    self.slurp = slurp
    self.rawInput = rawInput
    self.nullInput = nullInput
    self.compact = compact
    self.sortKeys = sortKeys
    self.tab = tab
    self.indent = indent
    self.asciiOutput = asciiOutput
    self.colorOutput = colorOutput
    self.seq = seq
    self.stream = stream
  }

  /// The `jq` command-line arguments these options stand for, in the order whose meaning
  /// the options have.
  public var commandLineArguments: [String] {
    var arguments: [String] = []
    if rawOutput { arguments.append("-r") }
    if joinOutput { arguments.append("-j") }
    if exitStatus { arguments.append("-e") }
    if slurp { arguments.append("-s") }
    if rawInput { arguments.append("-R") }
    if nullInput { arguments.append("-n") }
    if sortKeys { arguments.append("-S") }
    if let indent { arguments += ["--indent", String(indent)] }
    if tab { arguments.append("--tab") }
    if compact { arguments.append("-c") }
    if asciiOutput { arguments.append("-a") }
    if colorOutput { arguments.append("-C") }
    if seq { arguments.append("--seq") }
    if stream { arguments.append("--stream") }
    return arguments
  }
}

/// A named argument: `--arg name value`, or `--argjson name value` when `json` is true.
public struct JQArgument: Sendable, Equatable {
  public var name: String
  public var value: String
  public var json: Bool

  public init(name: String, value: String, json: Bool = false) {
    self.name = name
    self.value = value
    self.json = json
  }

  /// The `jq` command-line arguments this argument stands for.
  public var commandLineArguments: [String] {
    [json ? "--argjson" : "--arg", name, value]
  }
}

/// A positional argument after `--args` (a string) or `--jsonargs` (`json`: a JSON text), in
/// `$ARGS.positional`.
public struct JQPositionalArgument: Sendable, Equatable {
  public var value: String
  public var json: Bool

  public init(_ value: String, json: Bool = false) {
    self.value = value
    self.json = json
  }
}
