import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `time [-p] PIPELINE`: the pipeline runs, then bash's report goes to standard error, even
/// when the pipeline's failure ends the shell (`set -e`). Real time is the scenario's clock
/// (virtual against the simulator, as `sleep` is); user and system times are the process's.
extension Interpreter {
  func timed(_ timed: TimedStep) async throws(ShellSignal) -> Int32 {
    let start = state.clock.instant
    let startTimes = Self.processTimes()
    var status: Int32 = 0
    var signal: ShellSignal?
    do {
      status = try await execute(timed.step)
    } catch {
      signal = error
    }
    let real = Self.microseconds(state.clock.instant - start)
    let endTimes = Self.processTimes()
    let format =
      timed.posix
      ? TimeReport.posixFormat : state.value(of: "TIMEFORMAT") ?? TimeReport.defaultFormat
    switch TimeReport.text(
      format, real: real, user: endTimes.user - startTimes.user,
      system: endTimes.system - startTimes.system)
    {
    case .success(let text): stderrTarget.write(text)
    case .failure(let invalid):
      shellError("TIMEFORMAT: `\(invalid.character)': invalid format character")
    }
    if let signal { throw signal }
    return status
  }

  /// User and system CPU time of the process and its children, in microseconds.
  static func processTimes() -> (user: Int, system: Int) {
    var user = 0
    var system = 0
    #if canImport(Glibc)
      let targets = [RUSAGE_SELF, RUSAGE_CHILDREN].map { __rusage_who_t($0.rawValue) }
    #else
      let targets = [RUSAGE_SELF, RUSAGE_CHILDREN]
    #endif
    for who in targets {
      var usage = rusage()
      guard getrusage(who, &usage) == 0 else { continue }
      user += Int(usage.ru_utime.tv_sec) * 1_000_000 + Int(usage.ru_utime.tv_usec)
      system += Int(usage.ru_stime.tv_sec) * 1_000_000 + Int(usage.ru_stime.tv_usec)
    }
    return (user, system)
  }

  static func microseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return max(0, Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000))
  }
}

/// The text of bash's `time` report (`print_formatted_time` in bash's `execute_cmd.c`):
/// `%[p][l]R|U|S` (seconds with p decimals, 3 at most; `l` as `MmS.FFFs`), `%P` (CPU
/// percentage), `%%`; a newline ends it; an empty format prints nothing.
enum TimeReport {
  static let defaultFormat = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS"
  static let posixFormat = "real %2R\nuser %2U\nsys %2S"

  /// The character after `%` that is not a format.
  struct InvalidCharacter: Error, Equatable {
    var character: Character
  }

  /// The report, or the character after `%` that is not a format.
  static func text(_ format: String, real: Int, user: Int, system: Int) -> Result<
    String, InvalidCharacter
  > {
    guard !format.isEmpty else { return .success("") }
    var out = ""
    var characters = Array(format)[...]
    while let c = characters.popFirst() {
      guard c == "%", let next = characters.first else {
        out.append(c)
        continue
      }
      if next == "%" {
        characters.removeFirst()
        out.append("%")
        continue
      }
      if next == "P" {
        characters.removeFirst()
        let cpu = real == 0 ? 0 : min(10_000, (user + system) * 10_000 / real)
        out += seconds(cpu / 100, fraction: (cpu % 100) * 10, precision: 2, long: false)
        continue
      }
      var precision = 3
      var long = false
      if let digit = characters.first?.wholeNumberValue, characters.first!.isASCII {
        precision = min(3, digit)
        characters.removeFirst()
      }
      if characters.first == "l" {
        long = true
        characters.removeFirst()
      }
      let value: Int
      switch characters.popFirst() {
      case "R", "E": value = real
      case "U": value = user
      case "S": value = system
      case let other: return .failure(InvalidCharacter(character: other ?? "%"))
      }
      let milliseconds = (value + 500) / 1000
      out += seconds(
        milliseconds / 1000, fraction: milliseconds % 1000, precision: precision, long: long)
    }
    return .success(out + "\n")
  }

  /// bash's `mkfmt`: seconds (as minutes and seconds when long), then `precision` digits of
  /// the milliseconds.
  private static func seconds(_ whole: Int, fraction: Int, precision: Int, long: Bool) -> String {
    var text = ""
    var rest = whole
    if long {
      text += "\(whole / 60)m"
      rest = whole % 60
    }
    text += String(rest)
    if precision > 0 {
      let digits = String(fraction + 1000).dropFirst()
      text += "." + digits.prefix(precision)
    }
    return long ? text + "s" : text
  }
}
