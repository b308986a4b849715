#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The orderings of `sort -g`, `-h` and `-V` (GNU sort 9 with gnulib, C.UTF-8 locale).
enum SortOrderings {
  /// `-g`: `general_numcompare`. Keys that are not numbers first, then NaNs, then numbers.
  static func general(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
    let (x, xOK) = parseDouble(a)
    let (y, yOK) = parseDouble(b)
    if !xOK { return yOK ? -1 : 0 }
    if !yOK { return 1 }
    if x < y { return -1 }
    if x > y { return 1 }
    if x == y { return 0 }
    if y == y { return -1 }
    if x == x { return 1 }
    return 0
  }

  /// The prefix of `bytes` strtod reads, and whether it read anything.
  private static func parseDouble(_ bytes: ArraySlice<UInt8>) -> (Double, Bool) {
    let text = Array(bytes) + [0]
    return text.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
        var end: UnsafeMutablePointer<CChar>?
        let value = strtod(start, &end)
        return (value, end.map { $0 != UnsafeMutablePointer(mutating: start) } ?? false)
      }
    }
  }

  /// `-h`: `human_numcompare`: the unit suffix (K, M, G, … of a number with a nonzero digit,
  /// negated for a negative number) first, then `strnumcmp`.
  static func human(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
    var a = a
    var b = b
    while let first = a.first, SortFilter.isBlank(first) { a.removeFirst() }
    while let first = b.first, SortFilter.isBlank(first) { b.removeFirst() }
    let diff = unitOrder(a) - unitOrder(b)
    return diff != 0 ? diff.signum() : SortFilter.numericCompare(a, b)
  }

  private static func unitOrder(_ number: ArraySlice<UInt8>) -> Int {
    var index = number.startIndex
    let minus = number.first == UInt8(ascii: "-")
    if minus { index += 1 }
    var maxDigit = UInt8(ascii: "0")
    func digits() {
      while index < number.endIndex, (48...57).contains(number[index]) {
        maxDigit = max(maxDigit, number[index])
        index += 1
      }
    }
    digits()
    if index < number.endIndex, number[index] == UInt8(ascii: ".") {
      index += 1
      digits()
    }
    guard maxDigit > UInt8(ascii: "0"), index < number.endIndex else { return 0 }
    let units = Array("KMGTPEZYRQ".utf8)
    var order = 0
    if number[index] == UInt8(ascii: "k") {
      order = 1
    } else if let position = units.firstIndex(of: number[index]) {
      order = position + 1
    }
    return minus ? -order : order
  }

  /// `-V`: gnulib's `filenvercmp`.
  static func version(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.isEmpty ? 0 : -1 }
    if b.isEmpty { return 1 }
    let dot = UInt8(ascii: ".")
    if a[0] == dot {
      if b[0] != dot { return -1 }
      let aDot = a.count == 1
      let bDot = b.count == 1
      if aDot { return bDot ? 0 : -1 }
      if bDot { return 1 }
      let aDotDot = a[1] == dot && a.count == 2
      let bDotDot = b[1] == dot && b.count == 2
      if aDotDot { return bDotDot ? 0 : -1 }
      if bDotDot { return 1 }
    } else if b[0] == dot {
      return 1
    }
    let aPrefix = prefixLength(a)
    let bPrefix = prefixLength(b)
    let onePass = aPrefix == a.count && bPrefix == b.count
    let result = compareVersions(a[..<aPrefix], b[..<bPrefix])
    return result != 0 || onePass ? result : compareVersions(a[...], b[...])
  }

  private static func isAlpha(_ c: UInt8) -> Bool {
    (65...90).contains(c) || (97...122).contains(c)
  }
  private static func isDigit(_ c: UInt8) -> Bool { (48...57).contains(c) }

  /// The length without the file suffix (`(\.[A-Za-z~][A-Za-z0-9~]*)*$`).
  private static func prefixLength(_ s: [UInt8]) -> Int {
    let n = s.count
    var prefix = 0
    var i = 0
    while i != n {
      i += 1
      prefix = i
      while i + 1 < n, s[i] == UInt8(ascii: "."), isAlpha(s[i + 1]) || s[i + 1] == UInt8(ascii: "~")
      {
        i += 2
        while i < n, isAlpha(s[i]) || isDigit(s[i]) || s[i] == UInt8(ascii: "~") { i += 1 }
      }
    }
    return prefix
  }

  private static func order(_ s: ArraySlice<UInt8>, _ position: Int) -> Int {
    guard position < s.endIndex else { return -1 }
    let c = s[position]
    if isDigit(c) { return 0 }
    if isAlpha(c) { return Int(c) }
    if c == UInt8(ascii: "~") { return -2 }
    return Int(c) + 256
  }

  /// gnulib's `verrevcmp`.
  private static func compareVersions(_ s1: ArraySlice<UInt8>, _ s2: ArraySlice<UInt8>) -> Int {
    var p1 = s1.startIndex
    var p2 = s2.startIndex
    while p1 < s1.endIndex || p2 < s2.endIndex {
      var firstDiff = 0
      while (p1 < s1.endIndex && !isDigit(s1[p1])) || (p2 < s2.endIndex && !isDigit(s2[p2])) {
        let c1 = order(s1, p1)
        let c2 = order(s2, p2)
        if c1 != c2 { return c1 - c2 }
        p1 += 1
        p2 += 1
      }
      while p1 < s1.endIndex, s1[p1] == UInt8(ascii: "0") { p1 += 1 }
      while p2 < s2.endIndex, s2[p2] == UInt8(ascii: "0") { p2 += 1 }
      while p1 < s1.endIndex, p2 < s2.endIndex, isDigit(s1[p1]), isDigit(s2[p2]) {
        if firstDiff == 0 { firstDiff = Int(s1[p1]) - Int(s2[p2]) }
        p1 += 1
        p2 += 1
      }
      if p1 < s1.endIndex, isDigit(s1[p1]) { return 1 }
      if p2 < s2.endIndex, isDigit(s2[p2]) { return -1 }
      if firstDiff != 0 { return firstDiff }
    }
    return 0
  }
}
