/// Why a curl command line cannot be run: what the compiler reports at the argument, and what
/// curl itself prints (and its exit status) when the same line is only read at run time.
public struct CurlCommandLineError: Error, Equatable, Sendable {
  public enum Problem: Error, Equatable, Sendable {
    /// An option curl 7.88 does not know (`--bogus`), or one the table does not list.
    case unknownOption(String)
    /// An option that takes a value, last on the line (`curl -H`).
    case missingValue(String)
    /// An option curl knows that the runtime does not implement (`-v`, `--proxy`).
    case unsupportedOption(String)
    /// `--retry`, `--max-time`, `--connect-timeout` with a value that is not a number.
    case expectedNumber(option: String)
    /// `-F` without `name=`.
    case badForm(String)
    /// No URL at all (in one `--next` group).
    case noURL
    /// Two kinds of body (`-d` and `-F`, `-T` and `--data-urlencode`).
    case mixedBodies
    /// Several `-d` where one reads a file.
    case severalDataWithFile
    /// `-X "$METHOD"`: the compiler needs the method.
    case methodNotLiteral
  }

  public var problem: Problem
  /// The index of the argument the problem is at; nil for the whole command.
  public var argument: Int?
  /// The option's word as written (`-sH`), which curl's message names.
  public var word: String?
  /// `-s` came before the problem: curl's warnings are not printed.
  public var silent: Bool

  public init(_ problem: Problem, argument: Int? = nil, word: String? = nil, silent: Bool = false) {
    self.problem = problem
    self.argument = argument
    self.word = word
    self.silent = silent
  }

  /// The compiler's diagnostic.
  public var diagnostic: String {
    switch problem {
    case .unknownOption(let text): "unknown curl option '\(text)'"
    case .missingValue(let text): "curl option '\(text)' needs a value"
    case .unsupportedOption(let text): "curl option '\(text)' is not supported"
    case .expectedNumber(let option):
      option == "retry"
        ? "curl --retry takes a literal number" : "curl --\(option) takes a number of seconds"
    case .badForm: "curl -F expects name=value, name=@file or name=<file"
    case .noURL: "curl without a URL"
    case .mixedBodies:
      "curl mixes -d, --data-urlencode, -F and -T; only one kind of body is supported"
    case .severalDataWithFile: "curl with several -d where one reads a file is not supported"
    case .methodNotLiteral: "curl -X needs a literal method"
    }
  }

  /// What curl 7.88 prints on standard error for the same command line; for what curl would
  /// run but the runtime cannot, a message that says so.
  public var curlOutput: String {
    let hint = "curl: try 'curl --help' or 'curl --manual' for more information\n"
    switch problem {
    case .unknownOption(let text): return "curl: option \(word ?? text): is unknown\n" + hint
    case .missingValue(let text):
      return "curl: option \(word ?? text): requires parameter\n" + hint
    case .expectedNumber(let option):
      return "curl: option \(word ?? "--" + option): expected a proper numerical parameter\n"
        + hint
    case .badForm(let text):
      return (silent ? "" : "Warning: Illegally formatted input field!\n")
        + "curl: option \(word ?? text): is badly used here\n" + hint
    case .noURL: return "curl: no URL specified!\n" + hint
    case .unsupportedOption, .mixedBodies, .severalDataWithFile, .methodNotLiteral:
      return "spec-compiler: \(diagnostic) at run time\n"
    }
  }

  /// curl's exit status for a command line it cannot use.
  public var exitStatus: Int32 { 2 }
}

/// Every problem of a command line, in the order of its words.
public struct CurlCommandLineErrors: Error, Equatable, Sendable {
  public var errors: [CurlCommandLineError]
}
