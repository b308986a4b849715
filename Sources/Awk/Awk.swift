/// An `awk` command line, parsed: the program, `-F`, `-v` assignments and operands.
public struct AwkInvocation: Codable, Equatable, Sendable {
  /// The program text, as given.
  public var source: String
  public var program: AwkProgram
  /// `-F fs`, with its escapes processed.
  public var fieldSeparator: AwkBytes?
  /// `-v name=value`, in order, values with escapes processed.
  public var assignments: [AwkAssignment]
  /// Files and `name=value` operands, in order (`-` is standard input).
  public var operands: [String]

  public init(
    source: String, program: AwkProgram, fieldSeparator: AwkBytes? = nil,
    assignments: [AwkAssignment] = [], operands: [String] = []
  ) {
    self.source = source
    self.program = program
    self.fieldSeparator = fieldSeparator
    self.assignments = assignments
    self.operands = operands
  }
}

public struct AwkAssignment: Codable, Equatable, Sendable {
  public var name: String
  public var value: AwkBytes
}

/// What the program can reach: standard input, files, the environment, and a stop request.
public struct AwkEnvironment: Sendable {
  public var stdin: [UInt8]
  /// Reads a file operand or a `getline < file` (relative paths are the caller's business).
  public var readFile: @Sendable (String) throws -> [UInt8]
  /// Writes what `print > file` (`append` false: the file is replaced) or `>> file` produced,
  /// when the file is closed or the program ends.
  public var writeFile: @Sendable (String, [UInt8], _ append: Bool) throws -> Void
  public var variables: [String: String]
  /// Polled while the program runs; `true` stops it with an error (time limits).
  public var shouldStop: @Sendable () -> Bool

  public init(
    stdin: [UInt8] = [],
    readFile: @escaping @Sendable (String) throws -> [UInt8] = { _ in
      throw AwkFileError.notFound
    },
    writeFile: @escaping @Sendable (String, [UInt8], Bool) throws -> Void = { _, _, _ in
      throw AwkFileError.notWritable
    },
    variables: [String: String] = [:],
    shouldStop: @escaping @Sendable () -> Bool = { false }
  ) {
    self.stdin = stdin
    self.readFile = readFile
    self.writeFile = writeFile
    self.variables = variables
    self.shouldStop = shouldStop
  }
}

public enum AwkFileError: Error {
  case notFound
  case notWritable
  /// The file cannot be read or written, with the system's reason (`Permission denied`).
  case failed(reason: String)
  /// The file opened but reading it failed (a directory): mawk says `read error (REASON)`.
  case readFailed(reason: String)
}

/// What a run produced.
public struct AwkResult: Equatable, Sendable {
  public var stdout: [UInt8]
  public var stderr: [UInt8]
  public var status: Int32
  /// How many bytes of standard input awk read before it exited, when not all (`exit`, a
  /// `BEGIN`-only program, file operands); nil when it read all of it.
  public var stdinConsumed: Int? = nil
}

public enum Awk {
  /// Parses the arguments after `awk` (options, program text, operands).
  public static func parse(arguments: [String]) throws(AwkError) -> AwkInvocation {
    try AwkCommandLine.parse(arguments)
  }

  /// Parses program text alone.
  public static func parse(program source: String) throws(AwkError) -> AwkProgram {
    try AwkParser.parse(source)
  }

  /// Runs a parsed command line. Runtime errors end the run with `awk: …` on standard error
  /// and status 2, as mawk does.
  public static func run(_ invocation: AwkInvocation, environment: AwkEnvironment) -> AwkResult {
    let interpreter = AwkInterpreter(invocation: invocation, environment: environment)
    return interpreter.run()
  }
}
