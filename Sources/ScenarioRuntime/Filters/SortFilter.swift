import SpecModel

/// GNU sort 9 in the C.UTF-8 locale (whose collation is byte order): a stable merge sort on
/// the keys, then, unless `-u` with keys, the whole line as the last resort; every output line
/// ends with a newline.
enum SortFilter {
  /// A key with the options it compares with (its own, or the global ones when it has none).
  struct EffectiveKey {
    var from: Int
    var to: Int?
    var numeric: Bool
    var reverse: Bool
    var foldCase = false
    var skipBlanks = false
    var ordering: SortKey.Ordering?
  }

  /// `checkName` is the input's name in `-c` messages; with `-o`, `writeOutput` stores the
  /// sorted bytes and returns its error message, if any.
  static func run(
    _ sort: SortInvocation, input: [UInt8], checkName: String = "-",
    writeOutput: (([UInt8]) -> String?)? = nil
  ) -> FilterResult {
    let lines = InputLine.split(input).map { Array(input[$0.content]) }
    let separator = sort.separator.flatMap { $0.utf8.first }
    let global = EffectiveKey(
      from: 1, to: nil, numeric: sort.numeric, reverse: sort.reverse, foldCase: sort.foldCase,
      skipBlanks: sort.skipBlanks, ordering: sort.ordering)
    var keys = sort.keys.map { key in
      var effective = global
      if key.hasOptions {
        effective = EffectiveKey(
          from: key.from, to: key.to, numeric: key.numeric, reverse: key.reverse,
          foldCase: key.foldCase, skipBlanks: key.skipBlanks, ordering: key.ordering)
      }
      effective.from = key.from
      effective.to = key.to
      return effective
    }
    // Global options other than -r alone make the whole line a key.
    if keys.isEmpty, sort.numeric || sort.foldCase || sort.skipBlanks || sort.ordering != nil {
      keys = [global]
    }
    func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
      if !keys.isEmpty {
        let diff = compareKeys(a, b, keys: keys, separator: separator)
        if diff != 0 || sort.unique || sort.stable { return diff }
      }
      let diff = compareBytes(a[...], b[...])
      return sort.reverse ? -diff : diff
    }
    if let check = sort.check {
      // GNU sort -c: the first line out of order (with -u, also one equal to the previous).
      for index in lines.indices.dropFirst() {
        let diff = compare(lines[index - 1], lines[index])
        if diff > 0 || (sort.unique && diff == 0) {
          let message =
            check == .quiet
            ? ""
            : "sort: \(checkName):\(index + 1): disorder: "
              + String(decoding: lines[index], as: UTF8.self) + "\n"
          return FilterResult(output: [], status: 1, stderr: Array(message.utf8))
        }
      }
      return FilterResult(output: [])
    }
    let sorted = mergeSort(lines) { compare($0, $1) <= 0 }
    var output: [UInt8] = []
    var saved: [UInt8]?
    for line in sorted {
      if sort.unique {
        if let saved, compare(line, saved) == 0 { continue }
        saved = line
      }
      output += line
      output.append(UInt8(ascii: "\n"))
    }
    if let writeOutput {
      if let message = writeOutput(output) {
        return FilterResult(output: [], status: 2, stderr: Array(message.utf8))
      }
      return FilterResult(output: [])
    }
    return FilterResult(output: output)
  }

  /// A stable merge sort: `inOrder(a, b)` when `a` may stay before `b`.
  static func mergeSort<T>(_ items: [T], _ inOrder: (T, T) -> Bool) -> [T] {
    guard items.count > 1 else { return items }
    let middle = items.count / 2
    let left = mergeSort(Array(items[..<middle]), inOrder)
    let right = mergeSort(Array(items[middle...]), inOrder)
    var merged: [T] = []
    merged.reserveCapacity(items.count)
    var i = 0
    var j = 0
    while i < left.count, j < right.count {
      if inOrder(left[i], right[j]) {
        merged.append(left[i])
        i += 1
      } else {
        merged.append(right[j])
        j += 1
      }
    }
    merged += left[i...]
    merged += right[j...]
    return merged
  }

  /// `isblank` in the C.UTF-8 locale, and the newline (GNU sort's `blanks` table).
  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
  }

  static func compareKeys(_ a: [UInt8], _ b: [UInt8], keys: [EffectiveKey], separator: UInt8?)
    -> Int
  {
    for key in keys {
      let keyA = field(a, key, separator: separator)
      let keyB = field(b, key, separator: separator)
      var diff: Int
      if let ordering = key.ordering {
        switch ordering {
        case .general: diff = SortOrderings.general(keyA, keyB)
        case .human: diff = SortOrderings.human(keyA, keyB)
        case .version: diff = SortOrderings.version(keyA, keyB)
        }
      } else if key.numeric {
        diff = numericCompare(keyA, keyB)
      } else if keyA.isEmpty {
        diff = keyB.isEmpty ? 0 : -1
      } else if keyB.isEmpty {
        diff = 1
      } else if key.foldCase {
        diff = compareBytes(keyA.lazy.map(upper), keyB.lazy.map(upper))
      } else {
        diff = compareBytes(keyA, keyB)
      }
      if diff != 0 { return key.reverse ? -diff : diff }
    }
    return 0
  }

  /// Byte order, a prefix first.
  static func compareBytes<C: Collection<UInt8>>(_ a: C, _ b: C) -> Int {
    for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
  }

  /// `toupper` on a byte in the C.UTF-8 locale: ASCII letters only.
  static func upper(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
  }

  /// The bytes of `key` in `line`, as GNU sort's `begfield`/`limfield` find them: with a
  /// separator, fields are between separators; without, a field is a run of blanks and the
  /// non-blanks after it.
  static func field(_ line: [UInt8], _ key: EffectiveKey, separator: UInt8?) -> ArraySlice<UInt8> {
    let lim = line.count
    var start = 0
    var words = key.from - 1
    while start < lim, words > 0 {
      words -= 1
      if let separator {
        while start < lim, line[start] != separator { start += 1 }
        if start < lim { start += 1 }
      } else {
        while start < lim, isBlank(line[start]) { start += 1 }
        while start < lim, !isBlank(line[start]) { start += 1 }
      }
    }
    if key.skipBlanks {
      while start < lim, isBlank(line[start]) { start += 1 }
    }
    var end = lim
    if let to = key.to {
      end = 0
      var words = to
      while end < lim, words > 0 {
        words -= 1
        if let separator {
          while end < lim, line[end] != separator { end += 1 }
          if end < lim, words > 0 { end += 1 }
        } else {
          while end < lim, isBlank(line[end]) { end += 1 }
          while end < lim, !isBlank(line[end]) { end += 1 }
        }
      }
    }
    return end <= start ? line[start..<start] : line[start..<end]
  }

  /// GNU sort's `numcompare`: leading blanks skipped, then gnulib's `strnumcmp` with `.` as
  /// the decimal point and no thousands separator (the C.UTF-8 locale's).
  static func numericCompare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
    var a = a
    var b = b
    while let first = a.first, isBlank(first) { a.removeFirst() }
    while let first = b.first, isBlank(first) { b.removeFirst() }
    return NumericText(Array(a)).compare(to: NumericText(Array(b)))
  }
}

/// gnulib's `strnumcmp`/`fraccompare` over bytes, reading a NUL past the end as C does.
private struct NumericText {
  var bytes: [UInt8]
  var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  static let zero = UInt8(ascii: "0")
  static let point = UInt8(ascii: ".")
  static let minus = UInt8(ascii: "-")

  var current: UInt8 { index < bytes.count ? bytes[index] : 0 }

  /// Moves on and returns the new current byte (C's `*++p`).
  mutating func next() -> UInt8 {
    index += 1
    return current
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= zero + 9 }

  func compare(to other: NumericText) -> Int {
    var a = self
    var b = other
    var tmpa = a.current
    var tmpb = b.current
    if tmpa == Self.minus {
      repeat { tmpa = a.next() } while tmpa == Self.zero
      if tmpb != Self.minus {
        if tmpa == Self.point { repeat { tmpa = a.next() } while tmpa == Self.zero }
        if Self.isDigit(tmpa) { return -1 }
        while tmpb == Self.zero { tmpb = b.next() }
        if tmpb == Self.point { repeat { tmpb = b.next() } while tmpb == Self.zero }
        return Self.isDigit(tmpb) ? -1 : 0
      }
      repeat { tmpb = b.next() } while tmpb == Self.zero
      while tmpa == tmpb, Self.isDigit(tmpa) {
        tmpa = a.next()
        tmpb = b.next()
      }
      if (tmpa == Self.point && !Self.isDigit(tmpb)) || (tmpb == Self.point && !Self.isDigit(tmpa))
      {
        return Self.fractionCompare(b, a)
      }
      let tmp = Int(tmpb) - Int(tmpa)
      var logA = 0
      while Self.isDigit(tmpa) {
        logA += 1
        tmpa = a.next()
      }
      var logB = 0
      while Self.isDigit(tmpb) {
        logB += 1
        tmpb = b.next()
      }
      if logA != logB { return logA < logB ? 1 : -1 }
      return logA == 0 ? 0 : tmp.signum()
    } else if tmpb == Self.minus {
      repeat { tmpb = b.next() } while tmpb == Self.zero
      if tmpb == Self.point { repeat { tmpb = b.next() } while tmpb == Self.zero }
      if Self.isDigit(tmpb) { return 1 }
      while tmpa == Self.zero { tmpa = a.next() }
      if tmpa == Self.point { repeat { tmpa = a.next() } while tmpa == Self.zero }
      return Self.isDigit(tmpa) ? 1 : 0
    }
    while tmpa == Self.zero { tmpa = a.next() }
    while tmpb == Self.zero { tmpb = b.next() }
    while tmpa == tmpb, Self.isDigit(tmpa) {
      tmpa = a.next()
      tmpb = b.next()
    }
    if (tmpa == Self.point && !Self.isDigit(tmpb)) || (tmpb == Self.point && !Self.isDigit(tmpa)) {
      return Self.fractionCompare(a, b)
    }
    let tmp = Int(tmpa) - Int(tmpb)
    var logA = 0
    while Self.isDigit(tmpa) {
      logA += 1
      tmpa = a.next()
    }
    var logB = 0
    while Self.isDigit(tmpb) {
      logB += 1
      tmpb = b.next()
    }
    if logA != logB { return logA < logB ? -1 : 1 }
    return logA == 0 ? 0 : tmp.signum()
  }

  /// gnulib's `fraccompare`: both at a decimal point, or one at a point and the other at a
  /// non-digit.
  static func fractionCompare(_ a: NumericText, _ b: NumericText) -> Int {
    var a = a
    var b = b
    if a.current == point, b.current == point {
      while true {
        let x = a.next()
        let y = b.next()
        if x != y { break }
        if !isDigit(x) { return 0 }
      }
      if isDigit(a.current), isDigit(b.current) {
        return (Int(a.current) - Int(b.current)).signum()
      }
      if isDigit(a.current) { return trailingNonzero(&a) ? 1 : 0 }
      if isDigit(b.current) { return trailingNonzero(&b) ? -1 : 0 }
      return 0
    }
    if a.current == point {
      _ = a.next()
      return trailingNonzero(&a) ? 1 : 0
    }
    _ = a.next()
    if b.current == point {
      _ = b.next()
      return trailingNonzero(&b) ? -1 : 0
    }
    return 0
  }

  /// Zeros skipped, whether a digit follows.
  static func trailingNonzero(_ text: inout NumericText) -> Bool {
    while text.current == zero { _ = text.next() }
    return isDigit(text.current)
  }
}
