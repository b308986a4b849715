/// The jq source texts this module compiles besides a program itself.
///
/// libjq 1.6 spends ~13 ms of every `jq_compile_args` binding its builtins, and it inlines
/// `--arg` values into the bytecode. Three transformations keep compiling and running fast
/// while behaving exactly like the program alone:
///
/// - `parseCheck`: a program behind an `include` of a module that does not exist. libjq
///   parses the whole text before resolving modules and stops at the missing module, so
///   this answers "does the program parse?" in microseconds.
/// - `batch`: many programs that parse, each as the body of its own function, compiled at
///   once. If the batch compiles, every program compiles on its own.
/// - `wrapped`: the program behind definitions that take the `--arg` values at run time
///   (through `get_jq_origin`, whose attribute only matters to module loading at compile
///   time), so one compiled state serves every argument value; and that route jq's
///   `stderr` builtin (which writes to the process's stderr) through the debug callback.
///
/// Soundness: a transformed text is only used for a program that parses alone and does not
/// mention `__jqw`, the prefix of every name the transformations introduce. The program
/// then sees exactly the names it would see alone, so the transformed text compiles only if
/// the program does. Programs whose transformed text does not compile (module directives,
/// definitions only, …) are compiled as they are.
enum JQSourceTransforms {
  static let reservedPrefix = "__jqw"

  /// The first element of the array `stderr` hands to the debug callback.
  static let stderrMarker: String = {
    var generator = SystemRandomNumberGenerator()
    let token = (0..<4).map { _ in String(generator.next() as UInt32, radix: 16) }.joined()
    return "__jqw_stderr_" + token
  }()

  static let missingModule = "/nonexistent/__jqw_parse_check__"

  static func parseCheck(_ program: String) -> String {
    "include \"\(missingModule)\"; " + program
  }

  /// Whether the errors of compiling `parseCheck(program)` say the program parsed.
  static func parsedCleanly(_ errorLines: [String]) -> Bool {
    errorLines == ["jq: error: module not found: \(missingModule)\n", "jq: 1 compile error"]
  }

  /// Whether `$name` is a variable reference jq 1.6 parses as a plain identifier.
  static func isBindable(_ name: String) -> Bool {
    guard let first = name.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else {
      return false
    }
    let allowed = name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || isDigit($0) }
    return allowed && !keywords.contains(name) && name != "ARGS"
  }

  private static let keywords: Set<String> = [
    "as", "import", "include", "module", "def", "if", "then", "else", "elif", "and", "or", "end",
    "reduce", "foreach", "try", "catch", "label", "break", "__loc__", "true", "false", "null",
  ]

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// Definitions that make the program behave as under jq's command line.
  /// All on one line, so that `$__loc__` keeps its line numbers.
  private static var commandLineShadows: String {
    "def stderr: [\"\(stderrMarker)\", .] | debug | .[1]; "
      + "def __jqw_input_filename: input_filename; "
      + "def input_filename: __jqw_input_filename | if . == null then null else \"<stdin>\" end; "
  }

  /// The program with `--arg` values read at run time from the `JQ_ORIGIN` attribute, an
  /// object of the named arguments plus `ARGS`. The closing parenthesis is on a line of its
  /// own in case the program ends in a comment.
  ///
  /// For a program that may read the environment (`readsEnvironment`), `$ENV` and `env` are
  /// the object under `environmentKey` instead of the process environment libjq binds.
  static func wrapped(_ program: String, bindableNames: [String]) -> String {
    var text = commandLineShadows
    text += "get_jq_origin as $__jqw_args | def get_jq_origin: \"\(JQState.origin)\"; "
    for name in bindableNames {
      text += "$__jqw_args[\"\(name)\"] as $\(name) | "
    }
    if readsEnvironment(program) {
      text += "$__jqw_args[\"\(environmentKey)\"] as $ENV | def env: $ENV; "
    }
    text += "$__jqw_args[\"ARGS\"] as $ARGS | (" + program + "\n)"
    return text
  }

  /// The key of the run-time arguments object that holds the environment `$ENV` stands for.
  static let environmentKey = reservedPrefix + "_ENV"

  /// Whether the program may name `env` or `$ENV` (a program that does not contain them
  /// cannot read the environment).
  static func readsEnvironment(_ program: String) -> Bool {
    program.contains("env") || program.contains("ENV")
  }

  /// The program behind the command-line shadows only; arguments are compiled in.
  static func prefixed(_ program: String) -> String {
    commandLineShadows + program
  }

  /// Programs as functions of one program that calls them all (libjq drops, unchecked,
  /// functions that nothing calls), and the line on which each program's function starts.
  static func batch(_ programs: [(program: String, bindableNames: [String])]) -> (
    text: String, firstLines: [Int]
  ) {
    var text = ""
    var firstLines: [Int] = []
    var line = 1
    for (index, entry) in programs.enumerated() {
      firstLines.append(line)
      text += "def __jqw_batch_\(index): "
      for name in entry.bindableNames {
        text += "null as $\(name) | "
      }
      text += "(" + entry.program + "\n);\n"
      line += entry.program.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 2
    }
    text += programs.indices.map { "__jqw_batch_\($0)" }.joined(separator: ", ")
    return (text, firstLines)
  }

  /// The line numbers of `jq: error: … at <top-level>, line N:` messages.
  static func errorLines(_ messages: [String]) -> [Int] {
    let marker = Array(" at <top-level>, line ".utf8)
    return messages.compactMap { message in
      let bytes = Array(message.utf8)
      guard bytes.count >= marker.count else { return nil }
      for start in 0...(bytes.count - marker.count)
      where bytes[start..<start + marker.count].elementsEqual(marker) {
        let digits = bytes[(start + marker.count)...].prefix {
          (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
        return Int(String(decoding: digits, as: UTF8.self))
      }
      return nil
    }
  }
}
