import SpecModel

/// A shell variable. `value == nil` is a variable declared without a value (`local NAME`):
/// it reads as unset, as in bash.
struct ShellVariable: Sendable, Equatable {
  var value: String?
  var exported: Bool
  /// The elements of an indexed array by index (sparse); `value` is element 0, as `$NAME` reads it.
  var array: [Int: String]? = nil
  /// The elements of an associative array (`declare -A`); `value` is the element of key `0`.
  var associative: AssociativeArray? = nil
}

/// A function definition and the block that defined it (its steps' lines are relative to that
/// block's heading).
struct ShellFunction: Sendable, Equatable {
  var body: [Step]
  var owner: String
}

/// One active function call: its positional parameters and the values its `local` declarations
/// shadowed, restored when it returns (bash's dynamic scoping).
struct CallFrame: Sendable {
  var name: String
  var arguments: [String]
  /// Previous binding of each name declared `local` in this call (`nil`: it did not exist).
  var shadowed: [String: ShellVariable?] = [:]
  /// `getopts`' position when the call started: back in force when it returns, if the
  /// function declared `local OPTIND` (as bash 5 does).
  var getopts = GetoptsState()
}

/// `trap '…' EXIT`: the steps and the block whose lines they use.
/// `trap 'COMMANDS' SIGNAL`: `text` as written (empty: the signal is ignored).
struct SignalHandler: Sendable {
  var text: String
  var steps: [Step]
  var owner: String
}

struct ExitTrap: Sendable {
  var steps: [Step]
  var owner: String
}

/// `trap '…' ERR`, and the number of function calls active when it was set: it runs at that
/// level (bash does not pass it on to functions, subshells or command substitutions).
struct ErrorTrap: Sendable {
  var steps: [Step]
  var owner: String
  var depth: Int
}

/// Everything a bash process remembers between commands. A value type: a subshell, a
/// background job or a `timeout` command works on a copy, so nothing it changes leaks back.
struct ShellState: Sendable {
  var variables: [String: ShellVariable] = [:]
  var functions: [String: ShellFunction] = [:]
  var frames: [CallFrame] = []
  var errexit = true
  var nounset = true
  var pipefail = true
  var allexport = false
  /// `set -x`: steps print their `trace` on standard error.
  var xtrace = false
  /// `umask`: permission bits removed from files and directories the shell creates.
  var umask = 0o022
  var workingDirectory: String
  /// `$?`.
  var lastStatus: Int32 = 0
  /// `$$`: the same in subshells, as in bash.
  var processID: Int32
  /// `$BASHPID` in a subshell or a job (made up, as `$!`); nil in the scenario's shell.
  var subshellPID: Int32?
  /// `$!`.
  var lastBackgroundPID: Int32?
  /// The positional parameters outside any function (`set -- …`).
  var topLevelArguments: [String] = []
  var exitTrap: ExitTrap?
  var errorTrap: ErrorTrap?
  /// `trap … INT TERM …` by signal number.
  var signalTraps: [Int: SignalHandler] = [:]
  /// The line of the command running, for `$LINENO`.
  var lineNumber = 0
  /// When the shell started, for `$SECONDS`.
  var startTime: ContinuousClock.Instant = .now
  /// The run's time: virtual against the embedded simulator (see `ScenarioClock`).
  var clock = ScenarioClock.real
  /// Where `getopts` is in its arguments.
  var getopts = GetoptsState()

  init(variables: [String: String], workingDirectory: String, processID: Int32) {
    self.workingDirectory = workingDirectory
    self.processID = processID
    for (name, value) in variables {
      self.variables[name] = ShellVariable(value: value, exported: true)
    }
    let pwdExported = self.variables["PWD"]?.exported ?? true
    self.variables["PWD"] = ShellVariable(value: workingDirectory, exported: pwdExported)
    // bash sets both at startup (not exported unless given).
    for name in ["OPTIND", "OPTERR"] where self.variables[name] == nil {
      self.variables[name] = ShellVariable(value: "1", exported: false)
    }
  }

  /// The value of a parameter as `$NAME` reads it; `nil` when unset.
  func value(of name: String) -> String? {
    switch name {
    case "?": return String(lastStatus)
    case "$": return String(processID)
    case "BASHPID": return String(subshellPID ?? processID)
    case "!": return lastBackgroundPID.map { String($0) }
    case "#": return String(positional.count)
    case "@", "*": return positional.joined(separator: " ")
    case "0": return "bash"
    case "-": return flags
    default: break
    }
    if name.last == "]" { return elementValue(ParameterName(name)) }
    if let index = Int(name), name.first?.isNumber == true {
      return index >= 1 && index <= positional.count ? positional[index - 1] : nil
    }
    if let variable = variables[name] { return variable.value }
    switch name {
    case "RANDOM": return String(Int.random(in: 0...32767))
    case "SECONDS": return String((clock.instant - startTime).components.seconds)
    case "IFS": return " \t\n"
    default: return dynamicBashValue(name)
    }
  }

  /// Positional parameters of the innermost function call (`set --` ones at top level).
  var positional: [String] {
    get { frames.last?.arguments ?? topLevelArguments }
    set {
      if frames.isEmpty {
        topLevelArguments = newValue
      } else {
        frames[frames.count - 1].arguments = newValue
      }
    }
  }

  /// `$-`.
  private var flags: String {
    (errexit ? "e" : "") + (nounset ? "u" : "") + (allexport ? "a" : "") + "hB"
  }

  /// `$@`, `$*` and `$#` are never "unbound", even with `set -u` and no arguments.
  static func isExemptFromNounset(_ name: String) -> Bool {
    name == "@" || name == "*" || name == "#" || name == "?" || name == "$" || name == "-"
      || name == "0"
  }

  /// `NAME=value` in the current scope (a `local` binding when one is in force).
  mutating func assign(_ name: String, _ value: String, exported: Bool = false) {
    noteAssignment(name)
    let wasExported = variables[name]?.exported ?? false
    // `NAME=value` on an array sets its element 0 (key `0` of an associative array).
    var array = variables[name]?.array
    array?[0] = value
    var associative = variables[name]?.associative
    associative?["0"] = value
    variables[name] = ShellVariable(
      value: value, exported: wasExported || exported || allexport, array: array,
      associative: associative)
  }

  /// `export NAME` without a value: marks the variable, keeping its value.
  /// The environment a program started now gets: the exported variables that hold a value
  /// (bash exports no arrays). A `local NAME` without a value hides nothing from it: the
  /// binding it shadows is exported instead, as bash does.
  var environment: [String: String] {
    var environment: [String: String] = [:]
    for (name, variable) in variables {
      var binding: ShellVariable? = variable
      var frame = frames.count
      while let current = binding, current.value == nil, frame > 0 {
        frame -= 1
        if let shadowed = frames[frame].shadowed[name] { binding = shadowed }
      }
      guard let binding, binding.exported, binding.array == nil, binding.associative == nil,
        let value = binding.value
      else { continue }
      environment[name] = value
    }
    return environment
  }

  mutating func export(_ name: String) {
    if variables[name] != nil {
      variables[name]?.exported = true
    } else {
      variables[name] = ShellVariable(value: nil, exported: true)
    }
  }

  /// `local NAME`: a binding that ends with the current function call. Returns false outside
  /// any function (bash's "local: can only be used in a function").
  mutating func declareLocal(_ name: String) -> Bool {
    guard !frames.isEmpty else { return false }
    noteAssignment(name)
    let index = frames.count - 1
    if frames[index].shadowed[name] == nil {
      frames[index].shadowed[name] = .some(variables[name])
      // The local keeps the export attribute of the variable it shadows, as in bash.
      variables[name] = ShellVariable(value: nil, exported: variables[name]?.exported ?? false)
    }
    return true
  }

  mutating func unset(_ name: String) {
    noteAssignment(name)
    variables[name] = nil
  }

  mutating func pushFrame(name: String, arguments: [String]) {
    frames.append(CallFrame(name: name, arguments: arguments, getopts: getopts))
    updateFunctionNames()
  }

  /// Ends a function call: its `local` bindings give way to the ones they shadowed.
  mutating func popFrame() {
    guard let frame = frames.popLast() else { return }
    for (name, previous) in frame.shadowed {
      variables[name] = previous
    }
    if frame.shadowed["OPTIND"] != nil { getopts = frame.getopts }
    updateFunctionNames()
  }

  /// An absolute path for `path`, relative ones resolved against the working directory.
  func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    if workingDirectory.hasSuffix("/") { return workingDirectory + path }
    return workingDirectory + "/" + path
  }
}
