/// A signed integer of any size (what GMP gives `expr`): decimal text in and out, `+ - * / %`
/// with C's truncating division, and comparison.
struct BigInteger: Comparable, Sendable {
  /// The magnitude in base 10⁹, least significant limb first, without leading zero limbs (zero
  /// is no limb).
  private var limbs: [UInt32]
  private var negative: Bool

  private static let base: UInt64 = 1_000_000_000

  init(_ value: Int) {
    negative = value < 0
    var magnitude = value.magnitude
    limbs = []
    while magnitude > 0 {
      limbs.append(UInt32(magnitude % UInt(Self.base)))
      magnitude /= UInt(Self.base)
    }
  }

  private init(limbs: [UInt32], negative: Bool) {
    var trimmed = limbs
    while trimmed.last == 0 { trimmed.removeLast() }
    self.limbs = trimmed
    self.negative = negative && !trimmed.isEmpty
  }

  /// `-`? then ASCII digits; nil otherwise.
  init?(_ text: some StringProtocol) {
    var digits = Substring(text)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    var limbs: [UInt32] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -9, limitedBy: digits.startIndex) ?? digits.startIndex
      limbs.append(UInt32(digits[start..<end])!)
      end = start
    }
    self.init(limbs: limbs, negative: negative)
  }

  var isZero: Bool { limbs.isEmpty }
  var isNegative: Bool { negative }

  /// The value when it fits in an `Int`.
  var int: Int? { Int(description) }

  var description: String {
    guard let top = limbs.last else { return "0" }
    var text = (negative ? "-" : "") + String(top)
    for limb in limbs.dropLast().reversed() {
      let digits = String(limb)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return text
  }

  static func < (a: BigInteger, b: BigInteger) -> Bool {
    if a.negative != b.negative { return a.negative }
    let order = compareMagnitudes(a.limbs, b.limbs)
    return a.negative ? order > 0 : order < 0
  }

  static prefix func - (a: BigInteger) -> BigInteger {
    BigInteger(limbs: a.limbs, negative: !a.negative)
  }

  static func + (a: BigInteger, b: BigInteger) -> BigInteger {
    if a.negative == b.negative {
      return BigInteger(limbs: addMagnitudes(a.limbs, b.limbs), negative: a.negative)
    }
    return compareMagnitudes(a.limbs, b.limbs) >= 0
      ? BigInteger(limbs: subtractMagnitudes(a.limbs, b.limbs), negative: a.negative)
      : BigInteger(limbs: subtractMagnitudes(b.limbs, a.limbs), negative: b.negative)
  }

  static func - (a: BigInteger, b: BigInteger) -> BigInteger { a + -b }

  static func * (a: BigInteger, b: BigInteger) -> BigInteger {
    guard !a.isZero, !b.isZero else { return BigInteger(0) }
    var product = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count + 1)
    for (i, x) in a.limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, y) in b.limbs.enumerated() {
        let sum = product[i + j] + UInt64(x) * UInt64(y) + carry
        product[i + j] = sum % base
        carry = sum / base
      }
      var k = i + b.limbs.count
      while carry > 0 {
        let sum = product[k] + carry
        product[k] = sum % base
        carry = sum / base
        k += 1
      }
    }
    return BigInteger(limbs: product.map { UInt32($0) }, negative: a.negative != b.negative)
  }

  /// The quotient truncated toward zero and the remainder (with the dividend's sign); nil when
  /// `divisor` is zero.
  func quotientAndRemainder(dividingBy divisor: BigInteger) -> (BigInteger, BigInteger)? {
    guard !divisor.isZero else { return nil }
    var quotient: [UInt32] = []
    var remainder: [UInt32] = []
    for limb in limbs.reversed() {
      // remainder = remainder * base + limb, then the largest digit d with d * divisor ≤ it.
      remainder.insert(limb, at: 0)
      remainder = Self.trimmed(remainder)
      var low: UInt64 = 0
      var high: UInt64 = Self.base - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if Self.compareMagnitudes(Self.multiply(divisor.limbs, by: middle), remainder) <= 0 {
          low = middle
        } else {
          high = middle - 1
        }
      }
      remainder = Self.subtractMagnitudes(remainder, Self.multiply(divisor.limbs, by: low))
      quotient.insert(UInt32(low), at: 0)
    }
    return (
      BigInteger(limbs: quotient, negative: negative != divisor.negative),
      BigInteger(limbs: remainder, negative: negative)
    )
  }

  private static func trimmed(_ limbs: [UInt32]) -> [UInt32] {
    var limbs = limbs
    while limbs.last == 0 { limbs.removeLast() }
    return limbs
  }

  private static func multiply(_ limbs: [UInt32], by factor: UInt64) -> [UInt32] {
    var result: [UInt32] = []
    var carry: UInt64 = 0
    for limb in limbs {
      let product = UInt64(limb) * factor + carry
      result.append(UInt32(product % base))
      carry = product / base
    }
    while carry > 0 {
      result.append(UInt32(carry % base))
      carry /= base
    }
    return trimmed(result)
  }

  private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
    let a = trimmed(a)
    let b = trimmed(b)
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for (x, y) in zip(a.reversed(), b.reversed()) where x != y { return x < y ? -1 : 1 }
    return 0
  }

  private static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    var carry: UInt64 = 0
    for index in 0..<max(a.count, b.count) {
      let sum =
        (index < a.count ? UInt64(a[index]) : 0) + (index < b.count ? UInt64(b[index]) : 0) + carry
      result.append(UInt32(sum % base))
      carry = sum / base
    }
    if carry > 0 { result.append(UInt32(carry)) }
    return result
  }

  /// `a - b` for `a ≥ b`.
  private static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    var borrow: Int64 = 0
    for index in 0..<a.count {
      var difference = Int64(a[index]) - (index < b.count ? Int64(b[index]) : 0) - borrow
      borrow = difference < 0 ? 1 : 0
      if difference < 0 { difference += Int64(base) }
      result.append(UInt32(difference))
    }
    return trimmed(result)
  }
}
