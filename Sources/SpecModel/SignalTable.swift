/// The signals bash 5.2 knows on Linux, by number: the names `kill -l` prints (without `SIG`)
/// and the descriptions a job report prints (glibc's `strsignal`). Shared by the compiler,
/// which reads `kill -TERM` and `trap … USR1`, and the runtime, which prints them.
public enum SignalTable {
  /// Names of 1…31 (index 0 unused); 32 and 33 have none, 34…64 are `RTMIN[+N]`/`RTMAX[-N]`.
  private static let classic = [
    "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2",
    "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
    "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
  ]
  private static let descriptions = [
    "", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted",
    "Bus error", "Floating point exception", "Killed", "User defined signal 1",
    "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
    "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
    "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
    "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
    "Profiling timer expired", "Window changed", "I/O possible", "Power failure",
    "Bad system call",
  ]

  /// The numbers `kill -l` lists, in order.
  public static let numbers = Array(1...31) + Array(34...64)

  /// `KILL` for 9, `RTMIN+2` for 36; nil for 0, 32, 33 and numbers past 64.
  public static func name(_ number: Int) -> String? {
    switch number {
    case 1...31: return classic[number]
    case 34...49: return number == 34 ? "RTMIN" : "RTMIN+\(number - 34)"
    case 50...64: return number == 64 ? "RTMAX" : "RTMAX-\(64 - number)"
    default: return nil
    }
  }

  /// `Killed` for 9, `Real-time signal 2` for 36.
  public static func description(_ number: Int) -> String {
    switch number {
    case 1...31: return descriptions[number]
    case 34...64: return "Real-time signal \(number - 34)"
    default: return "Unknown signal \(number)"
    }
  }

  /// A signal as `kill -NAME`, `kill -s NAME` and `trap … NAME` take it: a number (0…64), or
  /// a name in any case with or without `SIG`.
  public static func number(_ spec: String) -> Int? {
    if let number = Int(spec), spec.allSatisfy(\.isASCII) {
      return number == 0 || name(number) != nil ? number : nil
    }
    var upper = spec.uppercased()
    if upper.hasPrefix("SIG") { upper.removeFirst(3) }
    return numbers.first { name($0) == upper }
  }

  /// What a signal does to a process that neither catches nor ignores it.
  public enum Disposition: Sendable {
    case terminate, ignore, stop
  }

  public static func disposition(_ number: Int) -> Disposition {
    switch number {
    case 17, 18, 23, 28: return .ignore
    case 19, 20, 21, 22: return .stop
    default: return .terminate
    }
  }
}
