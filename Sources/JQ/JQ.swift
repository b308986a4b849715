import CJQ
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs jq programs in-process with the behaviour of the `jq` 1.6 command line.
public enum JQ {
  /// Runs `program` on `input` as `printf … | jq OPTIONS ARGUMENTS PROGRAM` would: the same
  /// stdout bytes, stderr text and exit status (see `JQOptions.commandLineArguments` and
  /// `JQArgument.commandLineArguments` for the command line meant).
  ///
  /// `environment` is the environment jq would be started with (nil: this process's): what
  /// `$ENV` and `env` give, and `JQ_COLORS` (the colors of `-C`; an invalid value is jq's
  /// `Failed to set $JQ_COLORS`).
  public static func run(
    program: String, input: [UInt8], options: JQOptions = JQOptions(),
    arguments: [JQArgument] = [], positional: [JQPositionalArgument] = [],
    environment: (() -> [String: String])? = nil
  ) -> JQResult {
    JQCommandLine(options: options).run(
      program: program, input: input, arguments: arguments, positional: positional,
      environment: environment)
  }

  /// Tears down the compiled programs kept for reuse by `run` (at most 512, ~10 KB each),
  /// e.g. to release their memory, or before a leak check.
  public static func releaseCachedPrograms() {
    JQEngine.shared.drainPool()
  }
}

/// One invocation of jq 1.6's `main` (src/main.c), with stdout and stderr captured.
private final class JQCommandLine {
  private let options: JQOptions
  private let dumpFlags: Int32
  private var stdout: [UInt8] = []
  private var stderr: [UInt8] = []
  /// main.c's `EXIT_STATUS_EXACT`, set once a program halted.
  private var exactExitStatus = false

  init(options: JQOptions) {
    self.options = options
    var flags = JQCommandLine.indentFlags(2)
    if let indent = options.indent {
      flags &= ~(JQCommandLine.tabFlag | JQCommandLine.indentFlags(7))
      flags |= JQCommandLine.indentFlags(indent)
    }
    if options.tab {
      flags &= ~JQCommandLine.indentFlags(7)
      flags |= JQCommandLine.tabFlag | Int32(JV_PRINT_PRETTY.rawValue)
    }
    if options.compact {
      flags &= ~(JQCommandLine.tabFlag | JQCommandLine.indentFlags(7))
    }
    if options.sortKeys {
      flags |= Int32(JV_PRINT_SORTED.rawValue)
    }
    if options.asciiOutput {
      flags |= Int32(JV_PRINT_ASCII.rawValue)
    }
    if options.colorOutput {
      flags |= Int32(JV_PRINT_COLOR.rawValue)
    }
    dumpFlags = flags
  }

  private static let tabFlag = Int32(JV_PRINT_TAB.rawValue)

  /// `JV_PRINT_INDENT_FLAGS(n)` of jv.h.
  private static func indentFlags(_ indent: Int) -> Int32 {
    let pretty = Int32(JV_PRINT_PRETTY.rawValue)
    if indent < 0 || indent > 7 { return tabFlag | pretty }
    if indent == 0 { return 0 }
    return Int32(indent) << 8 | pretty
  }

  private var rawOutput: Bool { options.rawOutput || options.joinOutput }

  /// main.c's `parser_flags`.
  private var parserFlags: Int32 {
    (options.seq ? Int32(JV_PARSE_SEQ) : 0)
      | (options.stream ? Int32(JV_PARSE_STREAMING) : 0)
  }

  /// The environment libjq binds `$ENV` to: this process's.
  static func processEnvironment() -> [String: String] {
    var variables: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        let name = String(text[..<equals])
        if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
      }
      entry += 1
    }
    return variables
  }

  func run(
    program: String, input: [UInt8], arguments: [JQArgument], positional: [JQPositionalArgument],
    environment: (() -> [String: String])?
  ) -> JQResult {
    if let indent = options.indent, indent < -1 || indent > 7 {
      return die("jq: --indent takes a number between -1 and 7")
    }
    let variables = environment?()
    let colors =
      variables.map { $0["JQ_COLORS"] } ?? getenv("JQ_COLORS").map { String(cString: $0) }
    guard options.colorOutput || colors != nil else {
      return run(
        program: program, input: input, arguments: arguments, positional: positional,
        variables: variables)
    }
    // libjq keeps the colors in globals: one run that sets or uses them at a time.
    return JQCommandLine.colorsLock.withLock { _ in
      if jq_set_colors(colors ?? "") == 0 && colors != nil {
        stderr += Array("Failed to set $JQ_COLORS\n".utf8)
      }
      return run(
        program: program, input: input, arguments: arguments, positional: positional,
        variables: variables)
    }
  }

  /// Guards libjq's color globals (`jq_set_colors`).
  private static let colorsLock = Mutex(())

  private func run(
    program: String, input: [UInt8], arguments: [JQArgument], positional: [JQPositionalArgument],
    variables: [String: String]?
  ) -> JQResult {
    var named = JV.object()
    for argument in arguments where !named.has(key: argument.name) {
      let value: JV
      if argument.json {
        value = JV.parse(argument.value)
        if !value.isValid { return die("jq: invalid JSON text passed to --argjson") }
      } else {
        value = JV.string(argument.value)
      }
      named = named.setting(argument.name, value)
    }
    var positionalValues = JV.array()
    for argument in positional {
      let value = argument.json ? JV.parse(argument.value) : JV.string(argument.value)
      // jq 1.6 aborts on an invalid `--jsonargs` text; this is jq 1.7's message.
      if !value.isValid { return die("jq: Invalid JSON text passed to --jsonargs") }
      positionalValues = positionalValues.appending(value)
    }
    let args = JV.object()
      .setting("positional", positionalValues)
      .setting("named", JV(owning: named.copy()))
    let programArguments = named.setting("ARGS", args)

    let key = JQCompileKey(program: program, argumentNames: arguments.map(\.name))
    switch JQEngine.shared.lease(key, arguments: programArguments) {
    case .failure(let error):
      stderr += Array((error.message + "\n").utf8)
      return finish(3)
    case .success(let lease):
      defer { JQEngine.shared.giveBack(lease) }
      var runArguments = JV(owning: programArguments.copy())
      if lease.mode == .wrapped && JQSourceTransforms.readsEnvironment(program) {
        runArguments = runArguments.setting(
          JQSourceTransforms.environmentKey,
          JV.environment(variables ?? JQCommandLine.processEnvironment()))
      }
      return execute(lease, input: input, arguments: runArguments)
    }
  }

  private func execute(_ lease: JQLease, input: [UInt8], arguments: borrowing JV) -> JQResult {
    let state = lease.state
    guard
      let reader = JQInputReader(
        bytes: input, rawInput: options.rawInput, slurp: options.slurp,
        parserFlags: parserFlags)
    else {
      stderr += Array("jq: error: Could not open file <stdin>: out of resources\n".utf8)
      return finish(2)
    }
    // libjq keeps raw pointers to the reader and to `self` until the defer below.
    defer { withExtendedLifetime(reader) {} }
    if lease.mode == .wrapped {
      state.setAttribute("JQ_ORIGIN", JV(owning: arguments.copy()))
    }
    reader.attach(to: state)
    jq_set_debug_cb(
      state.raw,
      { data, value in
        guard let data else { return jv_free(value) }
        Unmanaged<JQCommandLine>.fromOpaque(data).takeUnretainedValue()
          .debug(JV(owning: value))
      },
      Unmanaged.passUnretained(self).toOpaque())
    defer {
      jq_set_debug_cb(state.raw, nil, nil)
      jq_set_input_cb(state.raw, nil, nil)
      state.setAttribute("JQ_ORIGIN", .string(JQState.origin))
      // Release the last input and results the interpreter may still reference.
      jq_start(state.raw, jv_null(), 0)
    }

    var ret: Int32 = 0
    if options.nullInput {
      ret = process(JV.null(), in: state, reader: reader)
    } else {
      while !reader.failed {
        let value = reader.next()
        if value.isValid {
          ret = process(value, in: state, reader: reader)
          continue
        }
        guard value.hasInvalidMessage else { break }
        // Parse error
        let message = value.invalidMessage().cString
        if !options.seq {
          ret = 4
          stderr += Array("parse error: \(message)\n".utf8)
          break
        }
        // --seq -> errors are not fatal
        stderr += Array("ignoring parse error: \(message)\n".utf8)
      }
    }
    if reader.failed {
      ret = 2
    }
    for message in reader.openErrorMessages {
      stderr += Array(message.utf8)
    }
    return finish(ret)
  }

  /// main.c's `process`: runs the program on one input and writes its outputs.
  private func process(_ input: consuming JV, in state: JQState, reader: JQInputReader) -> Int32 {
    var ret: Int32 = 14  // No valid results && -e -> exit(4)
    jq_start(state.raw, input.take(), 0)
    var result = JV(owning: jq_next(state.raw))
    while result.isValid {
      if rawOutput && result.kind == JV_KIND_STRING {
        if options.asciiOutput {
          stdout += result.dumped(flags: Int32(JV_PRINT_ASCII.rawValue)).stringBytes
        } else {
          stdout += result.stringBytes
        }
        ret = 0
      } else {
        ret = result.kind == JV_KIND_FALSE || result.kind == JV_KIND_NULL ? 11 : 0
        if options.seq { stdout.append(0x1E) }
        stdout += result.dumped(flags: dumpFlags).stringBytes
      }
      if !options.joinOutput {
        stdout.append(UInt8(ascii: "\n"))
      }
      result = JV(owning: jq_next(state.raw))
    }
    if jq_halted(state.raw) != 0 {
      // jq program invoked `halt` or `halt_error`
      exactExitStatus = true
      let exitCode = JV(owning: jq_get_exit_code(state.raw))
      if !exitCode.isValid {
        ret = 0
      } else if exitCode.kind == JV_KIND_NUMBER {
        ret = JQCommandLine.cInt(exitCode.number)
      } else {
        ret = 5
      }
      let message = JV(owning: jq_get_error_message(state.raw))
      if message.kind == JV_KIND_STRING {
        stderr += Array(message.cString.utf8)
      } else if message.kind == JV_KIND_NULL {
        // Halt with no output
      } else if message.isValid {
        stderr += Array((message.dumped(flags: 0).cString + "\n").utf8)
      }
      JQCommandLine.forgetHalt(state)
    } else if result.hasInvalidMessage {
      // Uncaught jq exception
      let message = result.invalidMessage()
      let position = reader.position(in: state)
      if message.kind == JV_KIND_STRING {
        stderr += Array("jq: error (at \(position)): \(message.cString)\n".utf8)
      } else {
        let text = message.dumped(flags: 0).cString
        stderr += Array("jq: error (at \(position)) (not a string): \(text)\n".utf8)
      }
      ret = 5
    }
    return ret
  }

  /// jq 1.6's `jq_reset` (run by every `jq_start`) frees the halt exit code and message
  /// without forgetting them, so the second `jq_start` after a halt frees them again (the
  /// `jq` binary aborts on such input). Let one `jq_start` free them, then overwrite the
  /// dangling fields with invalids, which need no freeing.
  private static func forgetHalt(_ state: JQState) {
    jq_start(state.raw, jv_null(), 0)
    jq_halt(state.raw, jv_invalid(), jv_invalid())
  }

  /// C's conversion of a double to `int` on x86-64: out-of-range values become `INT_MIN`.
  private static func cInt(_ value: Double) -> Int32 {
    guard value.isFinite, value > -2_147_483_649, value < 2_147_483_648 else { return Int32.min }
    return Int32(value.rounded(.towardZero))
  }

  /// main.c's `debug_cb`, and the receiving end of the `stderr` builtin's wrapper.
  fileprivate func debug(_ value: consuming JV) {
    if value.kind == JV_KIND_ARRAY && value.arrayLength() == 2 {
      let tag = value.element(0)
      if tag.kind == JV_KIND_STRING && tag.cString == JQSourceTransforms.stderrMarker {
        // jq's `stderr`: jv_dumpf(input, stderr, 0)
        stderr += value.element(1).dumped(flags: 0).stringBytes
        return
      }
    }
    let message = JV.array().appending(.string("DEBUG:")).appending(value)
    stderr += message.dumped(flags: dumpFlags & ~Int32(JV_PRINT_PRETTY.rawValue)).stringBytes
    stderr.append(UInt8(ascii: "\n"))
  }

  private func die(_ message: String) -> JQResult {
    stderr += Array(
      """
      \(message)
      Use jq --help for help with command-line options,
      or see the jq manpage, or online docs  at https://stedolan.github.io/jq

      """.utf8)
    return JQResult(stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self), status: 2)
  }

  /// The end of main.c: the exit status.
  private func finish(_ ret: Int32) -> JQResult {
    var status = ret
    if ret >= 10 && options.exitStatus {
      status = ret - 10
    } else if ret >= 10 && !exactExitStatus {
      status = 0
    }
    return JQResult(
      stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self), status: status & 0xFF)
  }
}
