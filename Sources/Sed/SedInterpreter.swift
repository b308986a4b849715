/// Runs a `SedProgram` as GNU sed 4.9's `execute.c`: a cycle per input line, the pattern and
/// hold spaces, ranges with their state, the append queue written at the end of a cycle.
struct SedInterpreter {
  let program: SedProgram
  let options: SedOptions
  let environment: SedEnvironment
  let quiet: Bool
  var input: SedInput
  var output: SedOutput
  var stderr: [UInt8] = []
  var patternSpace: [UInt8] = []
  var holdSpace: [UInt8] = []
  /// Whether the current line ended with its separator.
  var terminated = true
  var lineNumber = 0
  /// `t`: a substitution succeeded since the last line was read or `t` was taken.
  var substituted = false
  var lastRegex: SedRegex?
  /// Ranges that are open, by command index, and where a counted range ends.
  var rangeActive: [Bool]
  var rangeEnd: [Int]
  /// `a` texts and `r` file contents, written at the end of the cycle.
  var appendQueue: [[UInt8]] = []
  var writtenFiles: [String: SedOutput] = [:]
  var status: Int32 = 0
  /// Branches taken, to poll `shouldStop` now and then.
  var jumps = 0

  /// How the commands of one cycle ended.
  enum CycleEnd {
    /// The end of the script: print the pattern space unless `-n`.
    case end
    /// `d`, `c`: no printing.
    case delete
    /// `D` with a newline: restart without reading a line.
    case restart
    /// `q`/`Q`, or `n`/`N` without a next line (GNU prints the pattern space then).
    case quit(status: Int32, print: Bool)
  }

  init(program: SedProgram, options: SedOptions, files: [String], environment: SedEnvironment) {
    self.program = program
    self.options = options
    self.environment = environment
    quiet = options.quiet || program.quietByComment
    let separator: UInt8 = options.nullData ? 0 : 0x0A
    input = SedInput(
      files: files, separator: separator, separate: options.separate, environment: environment)
    output = SedOutput(separator: separator)
    rangeActive = Array(repeating: false, count: program.commands.count)
    rangeEnd = Array(repeating: 0, count: program.commands.count)
    for file in program.outputFiles where !Self.isStandardStream(file) {
      writtenFiles[file] = SedOutput(separator: separator)
    }
  }

  static func isStandardStream(_ file: String) -> Bool {
    file == "/dev/stdout" || file == "/dev/stderr"
  }

  mutating func run() -> SedResult {
    // GNU sed creates (truncates) its `w` files before it reads any input.
    for name in program.outputFiles where writtenFiles[name] != nil {
      do {
        try environment.writeFile(name, [])
      } catch {
        return SedResult(
          stdout: [], stderr: Array("sed: couldn't open file \(name): \(error.reason)\n".utf8),
          status: 4)
      }
    }
    var restart = false
    var exit: Int32?
    cycles: while true {
      if !restart {
        guard readLine() else { break }
      }
      restart = false
      if environment.shouldStop() {
        stderr += Array("sed: stopped: time limit\n".utf8)
        status = 124
        break
      }
      let end: CycleEnd
      do {
        end = try execute()
      } catch {
        stderr += Array("sed: \(error.message)\n".utf8)
        status = 4
        break
      }
      switch end {
      case .end:
        if !quiet { output.writeLine(patternSpace, terminated: terminated) }
      case .delete: break
      case .restart: restart = true
      case .quit(let code, let print):
        if print && !quiet { output.writeLine(patternSpace, terminated: terminated) }
        flushAppends()
        exit = code
        break cycles
      }
      flushAppends()
    }
    for (name, file) in writtenFiles.sorted(by: { $0.key < $1.key }) {
      do {
        try environment.writeFile(name, file.bytes)
      } catch {
        stderr += Array("sed: couldn't open file \(name): \(error.reason)\n".utf8)
        status = 4
      }
    }
    let inputErrors = input.errors
    if input.readFailed {
      status = 4
    } else if !inputErrors.isEmpty && status == 0 {
      status = 2
    }
    let read = input.stdinRead
    return SedResult(
      stdout: output.bytes, stderr: inputErrors + stderr, status: exit ?? status,
      stdinConsumed: read < environment.stdin.count ? read : nil)
  }

  /// Reads the next line into the pattern space; false at the end of the input.
  mutating func readLine() -> Bool {
    guard let line = input.nextLine() else { return false }
    if options.separate && input.startedFile {
      lineNumber = 0
      resetRanges()
    }
    if lineNumber == 0 && !options.separate { resetRanges() }
    patternSpace = line.bytes
    // With -z GNU sed writes the last record's NUL even when the input has none.
    terminated = line.terminated || options.nullData
    lineNumber += 1
    substituted = false
    return true
  }

  /// Ranges start closed, except `0,/re/` which is open before the first line.
  mutating func resetRanges() {
    for (index, command) in program.commands.enumerated() {
      if case .line(0) = command.address?.first, command.address?.second != nil {
        rangeActive[index] = true
      } else {
        rangeActive[index] = false
      }
    }
  }

  mutating func flushAppends() {
    for text in appendQueue { output.write(text) }
    appendQueue = []
  }

  /// Writes the pattern space (or `text`) to a `w` file.
  mutating func write(_ text: [UInt8], terminated: Bool, to file: String) {
    switch file {
    case "/dev/stdout": output.writeLine(text, terminated: terminated)
    case "/dev/stderr": stderr += text + (terminated ? [output.separator] : [])
    default: writtenFiles[file]?.writeLine(text, terminated: terminated)
    }
  }
}

/// An error while the script runs (`no previous regular expression`).
struct SedRuntimeError: Error {
  var message: String
}
