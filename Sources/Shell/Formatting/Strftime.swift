#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `$(date +FORMAT)`: the current local time through the C library's `strftime` (where `%s` is
/// Unix seconds), plus GNU date's `%N` (nanoseconds, `%3N` for milliseconds) and `%:z`
/// (`+hh:mm`; `%::z` `+hh:mm:ss`). With `utc`, the time is in UTC and `%Z` is `UTC`, as under
/// `date -u`.
package enum Strftime {
  package static func format(_ format: String, at now: timespec = Strftime.now(), utc: Bool = false)
    -> String
  {
    var seconds = now.tv_sec
    var broken = tm()
    if utc { gmtime_r(&seconds, &broken) } else { localtime_r(&seconds, &broken) }
    // `%N` is GNU date's, not strftime's: substitute it first (`%%` stays for strftime).
    var prepared = ""
    var chars = Array(format)[...]
    while let c = chars.popFirst() {
      guard c == "%", let next = chars.first else {
        prepared.append(c)
        continue
      }
      if next == "%" {
        prepared += "%%"
        chars.removeFirst()
        continue
      }
      var digits = ""
      var lookahead = chars
      while let d = lookahead.first, d.isNumber {
        digits.append(d)
        lookahead.removeFirst()
      }
      var zone = lookahead
      var colons = 0
      while zone.first == ":" {
        colons += 1
        zone.removeFirst()
      }
      if digits.isEmpty, (1...2).contains(colons), zone.first == "z" {
        zone.removeFirst()
        chars = zone
        prepared += zoneOffset(Int(broken.tm_gmtoff), colons: colons)
        continue
      }
      if utc, digits.isEmpty, lookahead.first == "Z" {
        chars.removeFirst()
        prepared += "UTC"
        continue
      }
      if lookahead.first == "N" {
        lookahead.removeFirst()
        chars = lookahead
        let nanos = nineDigits(now.tv_nsec)
        let width = Int(digits) ?? 9
        prepared += String(nanos.prefix(width)).padding(toLength: width)
        continue
      }
      prepared.append(c)
    }
    var buffer = [CChar](repeating: 0, count: 512)
    let count = strftime(&buffer, buffer.count, prepared, &broken)
    guard count > 0 else { return "" }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  package static func now() -> timespec {
    var value = timespec()
    clock_gettime(CLOCK_REALTIME, &value)
    return value
  }
}

/// `%:z` (`+05:30`) and `%::z` (`+05:30:00`).
private func zoneOffset(_ offset: Int, colons: Int) -> String {
  let magnitude = abs(offset)
  func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  var text = (offset < 0 ? "-" : "+") + two(magnitude / 3600) + ":" + two(magnitude / 60 % 60)
  if colons == 2 { text += ":" + two(magnitude % 60) }
  return text
}

/// Nanoseconds as GNU date prints them: nine digits, zero-padded on the left.
private func nineDigits(_ nanoseconds: Int) -> String {
  let digits = String(nanoseconds)
  return String(repeating: "0", count: max(0, 9 - digits.count)) + digits
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: "0", count: length - count)
  }
}
