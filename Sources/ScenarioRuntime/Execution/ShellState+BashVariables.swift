import Shell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The variables bash sets itself, as `bash -c` (bash 5.2.15 on Debian) sets them: some at
/// start (`BASH_VERSION`, `HOSTNAME`, `UID` …), some after every command (`PIPESTATUS`), on
/// every function call (`FUNCNAME`) or on every read (`LINENO`, `EPOCHSECONDS`, `SHELLOPTS`).
extension ShellState {
  /// The bash this shell behaves as.
  static let bashVersion = (major: 5, minor: 2, patch: 15, build: 1, status: "release")

  /// `$MACHTYPE` as Debian's bash reports it (`x86_64-pc-linux-gnu`).
  static let machineType: String = {
    let machine = hostType
    return machine + (machine == "x86_64" || machine.hasPrefix("i") ? "-pc" : "-unknown")
      + "-linux-gnu"
  }()

  /// `uname -m`.
  static let hostType: String = {
    var names = utsname()
    guard uname(&names) == 0 else { return "unknown" }
    return withUnsafeBytes(of: &names.machine) {
      String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
    }
  }()

  static var hostName: String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Sets what bash sets when it starts. `BASH`, `BASH_VERSION`, `BASH_VERSINFO` and `PPID`
  /// replace an inherited value; `HOSTNAME`, `HOSTTYPE`, `MACHTYPE`, `OSTYPE`, `UID` and `EUID`
  /// keep one (bash leaves those it finds in its environment).
  mutating func setBashVariables() {
    let version = Self.bashVersion
    let searchPath = variables["PATH"]?.value ?? "/usr/bin:/bin"
    let bash =
      BashCommandNames.path(of: "bash", searchPath: searchPath, in: workingDirectory) ?? "/bin/bash"
    setShellVariable("BASH", bash)
    setShellVariable(
      "BASH_VERSION",
      "\(version.major).\(version.minor).\(version.patch)(\(version.build))-\(version.status)")
    setElements(
      "BASH_VERSINFO",
      [
        0: String(version.major), 1: String(version.minor), 2: String(version.patch),
        3: String(version.build), 4: version.status, 5: Self.machineType,
      ])
    setShellVariable("PPID", String(getppid()))
    let kept: [(String, () -> String)] = [
      ("HOSTNAME", { Self.hostName }), ("HOSTTYPE", { Self.hostType }),
      ("MACHTYPE", { Self.machineType }), ("OSTYPE", { "linux-gnu" }),
      ("UID", { String(getuid()) }), ("EUID", { String(geteuid()) }),
    ]
    for (name, value) in kept where variables[name] == nil {
      variables[name] = ShellVariable(value: value(), exported: false)
    }
  }

  /// `NAME=value` keeping an inherited variable's export flag.
  private mutating func setShellVariable(_ name: String, _ value: String) {
    variables[name] = ShellVariable(value: value, exported: variables[name]?.exported ?? false)
  }

  /// The values bash computes when they are read; nil for any other name.
  func dynamicBashValue(_ name: String) -> String? {
    switch name {
    case "LINENO": return String(lineNumber)
    case "EPOCHSECONDS": return String(clock.wallTime.tv_sec)
    case "EPOCHREALTIME":
      let now = clock.wallTime
      let micros = String(Int(now.tv_nsec) / 1000)
      return "\(now.tv_sec)." + String(repeating: "0", count: 6 - micros.count) + micros
    case "SHELLOPTS": return shellOptions
    default: return nil
    }
  }

  /// `$SHELLOPTS`: the `set -o` options that are on, in bash's order.
  var shellOptions: String {
    let options: [(String, Bool)] = [
      ("allexport", allexport), ("braceexpand", true), ("errexit", errexit), ("hashall", true),
      ("interactive-comments", true), ("nounset", nounset), ("pipefail", pipefail),
      ("xtrace", xtrace),
    ]
    return options.filter(\.1).map(\.0).joined(separator: ":")
  }

  /// `PIPESTATUS` after a command: the status of each command of its pipeline.
  mutating func setPipeStatus(_ statuses: [Int32]) {
    if let array = variables["PIPESTATUS"]?.array, array.count == statuses.count,
      statuses.indices.allSatisfy({ array[$0] == String(statuses[$0]) })
    {
      return
    }
    var array: [Int: String] = [:]
    for (index, status) in statuses.enumerated() { array[index] = String(status) }
    setElements("PIPESTATUS", array)
  }

  /// `FUNCNAME`: the functions being called, innermost first; unset outside of any.
  mutating func updateFunctionNames() {
    guard !frames.isEmpty else {
      variables["FUNCNAME"] = nil
      return
    }
    var array: [Int: String] = [:]
    for (index, frame) in frames.reversed().enumerated() { array[index] = frame.name }
    setElements("FUNCNAME", array)
  }
}
