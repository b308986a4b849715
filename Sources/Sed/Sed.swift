/// What a run can reach: standard input, files, and a stop request.
public struct SedEnvironment: Sendable {
  public var stdin: [UInt8]
  /// Reads an input file, a `-f` script or an `r` file (relative paths are the caller's).
  public var readFile: @Sendable (String) throws(SedFileError) -> [UInt8]
  /// Writes what `w FILE` produced (the whole content: sed truncates its `w` files).
  public var writeFile: @Sendable (String, [UInt8]) throws(SedFileError) -> Void
  /// Polled while the script runs; `true` stops it with an error (time limits).
  public var shouldStop: @Sendable () -> Bool

  public init(
    stdin: [UInt8] = [],
    readFile: @escaping @Sendable (String) throws(SedFileError) -> [UInt8] = {
      _ throws(SedFileError) in
      throw SedFileError(reason: "No such file or directory")
    },
    writeFile: @escaping @Sendable (String, [UInt8]) throws(SedFileError) -> Void = {
      _, _ throws(SedFileError) in
      throw SedFileError(reason: "Permission denied")
    },
    shouldStop: @escaping @Sendable () -> Bool = { false }
  ) {
    self.stdin = stdin
    self.readFile = readFile
    self.writeFile = writeFile
    self.shouldStop = shouldStop
  }
}

/// Why a file could not be read or written, as `strerror` words it.
public struct SedFileError: Error, Equatable, Sendable {
  public var reason: String
  /// The file opened but reading it failed (a directory): GNU sed stops there with status 4
  /// (`read error on NAME: REASON`) instead of going on to the next file.
  public var readFailed: Bool

  public init(reason: String, readFailed: Bool = false) {
    self.reason = reason
    self.readFailed = readFailed
  }
}

/// The options that change how a script runs.
public struct SedOptions: Equatable, Sendable {
  /// `-n`.
  public var quiet = false
  /// `-E`/`-r`.
  public var extended = false
  /// `-s`: each file on its own (`$`, line numbers).
  public var separate = false
  /// `-z`: lines end with NUL.
  public var nullData = false
  /// `-l N`: where `l` folds its lines.
  public var lineWrap = 70

  public init(
    quiet: Bool = false, extended: Bool = false, separate: Bool = false,
    nullData: Bool = false, lineWrap: Int = 70
  ) {
    self.quiet = quiet
    self.extended = extended
    self.separate = separate
    self.nullData = nullData
    self.lineWrap = lineWrap
  }
}

/// What a run produced.
public struct SedResult: Equatable, Sendable {
  public var stdout: [UInt8]
  public var stderr: [UInt8]
  public var status: Int32
  /// How many bytes of standard input sed read before it exited, when not all (`q`, or file
  /// operands only); nil when it read all of it.
  public var stdinConsumed: Int? = nil
}

public enum Sed {
  /// Parses the arguments after `sed`: options, script pieces (`-f` files read through
  /// `readFile`), file operands.
  public static func parse(
    arguments: [String],
    readFile: (String) throws(SedFileError) -> [UInt8] = { _ throws(SedFileError) in
      throw SedFileError(reason: "No such file or directory")
    }
  ) throws(SedError) -> SedCommandLine {
    try SedCommandLine.parse(arguments, readFile: readFile)
  }

  /// Parses a script made of `pieces` (GNU sed's messages on errors).
  public static func compile(_ pieces: [SedScriptPiece], extended: Bool = false)
    throws(SedError) -> SedProgram
  {
    try SedParser.parse(pieces, extended: extended)
  }

  /// Runs a program over `files` (standard input when empty).
  public static func run(
    _ program: SedProgram, options: SedOptions, files: [String], environment: SedEnvironment
  ) -> SedResult {
    var interpreter = SedInterpreter(
      program: program, options: options, files: files, environment: environment)
    return interpreter.run()
  }

  /// Parses and runs a command line; errors are reported as GNU sed does (`sed: …`, status).
  public static func run(arguments: [String], environment: SedEnvironment) -> SedResult {
    do {
      let commandLine = try parse(arguments: arguments, readFile: environment.readFile)
      let program = try compile(commandLine.pieces, extended: commandLine.options.extended)
      return run(
        program, options: commandLine.options, files: commandLine.files,
        environment: environment)
    } catch {
      return SedResult(stdout: [], stderr: Array("sed: \(error)\n".utf8), status: error.status)
    }
  }
}
