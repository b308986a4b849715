import Shell
import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `date`: one time, formatted as GNU date 9 formats it, on a line of its own. The time is
/// `now` (the run's clock) unless `-d` gives `@SECONDS` or an ISO-8601 date and time.
enum DateSource {
  /// `dateText` and `format` are the expanded `-d` value and `+FORMAT`.
  static func run(_ date: DateInvocation, dateText: String?, format: String?, now: timespec)
    -> FilterResult
  {
    var time = now
    if let dateText {
      guard let parsed = parse(dateText, utc: date.utc) else {
        return FilterResult(
          output: [], status: 1, stderr: Array("date: invalid date ‘\(dateText)’\n".utf8))
      }
      time = parsed
    }
    let text = Strftime.format(format ?? pattern(date.output), at: time, utc: date.utc)
    return FilterResult(output: Array((text + "\n").utf8))
  }

  /// The strftime pattern of an output option (`+FORMAT` is given expanded).
  static func pattern(_ output: DateInvocation.Output) -> String {
    switch output {
    case .standard, .format: return "%a %b %e %H:%M:%S %Z %Y"
    case .rfcEmail: return "%a, %d %b %Y %H:%M:%S %z"
    case .iso8601(let precision):
      switch precision {
      case .date: return "%Y-%m-%d"
      case .hours: return "%Y-%m-%dT%H%:z"
      case .minutes: return "%Y-%m-%dT%H:%M%:z"
      case .seconds: return "%Y-%m-%dT%H:%M:%S%:z"
      case .ns: return "%Y-%m-%dT%H:%M:%S,%N%:z"
      }
    case .rfc3339(let precision):
      switch precision {
      case .date, .hours, .minutes: return "%Y-%m-%d"
      case .seconds: return "%Y-%m-%d %H:%M:%S%:z"
      case .ns: return "%Y-%m-%d %H:%M:%S.%N%:z"
      }
    }
  }

  /// `@SECONDS[.FRACTION]`, or `YYYY-MM-DD[(T| )HH:MM[:SS[(.|,)FRACTION]]][ ][ZONE]` where ZONE
  /// is `Z`, `UTC`, `GMT` or `±HH[:][MM]`; a time without a zone is local (UTC under `-u`).
  static func parse(_ text: String, utc: Bool) -> timespec? {
    var s = Array(text.utf8)[...]
    func skipSpaces() { while let c = s.first, c == 0x20 || c == 0x09 { s.removeFirst() } }
    func digits(_ min: Int, _ max: Int) -> Int? {
      var value = 0
      var count = 0
      while count < max, let c = s.first, (0x30...0x39).contains(c) {
        value = value * 10 + Int(c - 0x30)
        count += 1
        s.removeFirst()
      }
      return count >= min ? value : nil
    }
    func eat(_ ascii: Character) -> Bool {
      guard s.first == UInt8(ascii: ascii.unicodeScalars.first!) else { return false }
      s.removeFirst()
      return true
    }
    func fraction() -> Int {
      var nanos = 0
      var scale = 100_000_000
      while let c = s.first, (0x30...0x39).contains(c) {
        nanos += Int(c - 0x30) * scale
        scale /= 10
        s.removeFirst()
      }
      return nanos
    }
    skipSpaces()
    if eat("@") {
      skipSpaces()
      let negative = eat("-")
      if !negative { _ = eat("+") }
      guard let whole = digits(1, 18) else { return nil }
      var nanos = 0
      if eat(".") || eat(",") { nanos = fraction() }
      skipSpaces()
      guard s.isEmpty else { return nil }
      var seconds = negative ? -whole : whole
      if negative, nanos > 0 {
        seconds -= 1
        nanos = 1_000_000_000 - nanos
      }
      return timespec(tv_sec: .init(seconds), tv_nsec: .init(nanos))
    }
    guard let year = digits(4, 4), eat("-"), let month = digits(1, 2), eat("-"),
      let day = digits(1, 2), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var hour = 0
    var minute = 0
    var second = 0
    var nanos = 0
    if eat("T") || eat("t") || eat(" ") {
      skipSpaces()
      if let h = digits(1, 2) {
        guard eat(":"), let m = digits(2, 2), h < 24, m < 60 else { return nil }
        hour = h
        minute = m
        if eat(":") {
          guard let sec = digits(2, 2), sec <= 60 else { return nil }
          second = sec
          if eat(".") || eat(",") { nanos = fraction() }
        }
      }
    }
    skipSpaces()
    var offset: Int?
    if eat("Z") || eat("z") {
      offset = 0
    } else if s.starts(with: "UTC".utf8) || s.starts(with: "GMT".utf8) {
      s.removeFirst(3)
      offset = 0
    } else if let sign = s.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      s.removeFirst()
      guard let h = digits(2, 2) else { return nil }
      _ = eat(":")
      let m = digits(2, 2) ?? 0
      guard h < 25, m < 60 else { return nil }
      offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
    }
    skipSpaces()
    guard s.isEmpty else { return nil }
    var broken = tm()
    broken.tm_year = Int32(year - 1900)
    broken.tm_mon = Int32(month - 1)
    broken.tm_mday = Int32(day)
    broken.tm_hour = Int32(hour)
    broken.tm_min = Int32(minute)
    broken.tm_sec = Int32(second)
    broken.tm_isdst = -1
    let seconds: Int
    if let offset {
      seconds = Int(timegm(&broken)) - offset
    } else if utc {
      seconds = Int(timegm(&broken))
    } else {
      seconds = Int(mktime(&broken))
    }
    // `2024-02-31` normalizes to March: GNU date rejects it.
    guard broken.tm_mday == Int32(day), broken.tm_mon == Int32(month - 1) else { return nil }
    return timespec(tv_sec: .init(seconds), tv_nsec: .init(nanos))
  }
}
