#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `$(date +FORMAT)`: the current local time through the C library's `strftime` (where `%s` is
/// Unix seconds), plus GNU date's `%N` (nanoseconds, `%3N` for milliseconds).
package enum Strftime {
  package static func format(_ format: String, at now: timespec = Strftime.now()) -> String {
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
    var seconds = now.tv_sec
    var broken = tm()
    localtime_r(&seconds, &broken)
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
