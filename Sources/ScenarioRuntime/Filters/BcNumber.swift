/// A `bc` number: an integer of any size scaled by 10^-scale, with bc's rules for the scale of
/// each operation's result (GNU bc 1.07's `number.c`), truncating, never rounding.
struct BcNumber: Sendable {
  /// The digits, as an integer: the value is `digits / 10^scale`.
  var digits: BigInteger
  var scale: Int

  init(_ digits: BigInteger, scale: Int) {
    self.digits = digits
    self.scale = scale
  }

  init(_ value: Int) { self.init(BigInteger(value), scale: 0) }

  /// `123`, `1.50`, `.5` (what bc's scanner reads in base 10).
  init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    let whole = parts[0].isEmpty ? "0" : String(parts[0])
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    guard let digits = BigInteger(whole + fraction), !(whole + fraction).contains("-") else {
      return nil
    }
    self.init(digits, scale: fraction.count)
  }

  var isZero: Bool { digits.isZero }

  static func power10(_ exponent: Int) -> BigInteger {
    BigInteger("1" + String(repeating: "0", count: max(0, exponent)))!
  }

  /// The same value with `scale` digits after the point (truncated when fewer).
  func rescaled(_ newScale: Int) -> BcNumber {
    if newScale >= scale {
      return BcNumber(digits * Self.power10(newScale - scale), scale: newScale)
    }
    return BcNumber(
      digits.quotientAndRemainder(dividingBy: Self.power10(scale - newScale))!.0, scale: newScale)
  }

  static func + (a: BcNumber, b: BcNumber) -> BcNumber {
    let scale = max(a.scale, b.scale)
    return BcNumber(a.rescaled(scale).digits + b.rescaled(scale).digits, scale: scale)
  }

  static prefix func - (a: BcNumber) -> BcNumber { BcNumber(-a.digits, scale: a.scale) }

  static func - (a: BcNumber, b: BcNumber) -> BcNumber { a + -b }

  static func compare(_ a: BcNumber, _ b: BcNumber) -> Int {
    let scale = max(a.scale, b.scale)
    let (x, y) = (a.rescaled(scale).digits, b.rescaled(scale).digits)
    return x < y ? -1 : (x == y ? 0 : 1)
  }

  func multiplied(by b: BcNumber, scale: Int) -> BcNumber {
    let full = BcNumber(digits * b.digits, scale: self.scale + b.scale)
    return full.rescaled(min(self.scale + b.scale, max(scale, self.scale, b.scale)))
  }

  /// nil when `b` is zero.
  func divided(by b: BcNumber, scale: Int) -> BcNumber? {
    guard !b.isZero else { return nil }
    let numerator = digits * Self.power10(b.scale + scale)
    let denominator = b.digits * Self.power10(self.scale)
    return BcNumber(numerator.quotientAndRemainder(dividingBy: denominator)!.0, scale: scale)
  }

  /// `a % b`: `a - (a / b) * b`, the quotient at `scale`.
  func remainder(dividingBy b: BcNumber, scale: Int) -> BcNumber? {
    guard let quotient = divided(by: b, scale: scale) else { return nil }
    let resultScale = max(self.scale, b.scale + scale)
    let product = BcNumber(quotient.digits * b.digits, scale: quotient.scale + b.scale)
    return (self.rescaled(resultScale) - product).rescaled(resultScale)
  }

  /// `a ^ n` for an integer n (nil for a zero base with a negative exponent).
  func raised(to exponent: Int, scale: Int) -> BcNumber? {
    if exponent == 0 { return BcNumber(1) }
    var result = BcNumber(BigInteger(1), scale: 0)
    for _ in 0..<exponent.magnitude {
      result = BcNumber(result.digits * digits, scale: result.scale + self.scale)
    }
    if exponent < 0 { return BcNumber(1).divided(by: result, scale: scale) }
    return result.rescaled(min(self.scale * exponent, max(scale, self.scale)))
  }

  /// The square root truncated to `max(scale, self.scale)` digits; nil when negative.
  func squareRoot(scale: Int) -> BcNumber? {
    guard !digits.isNegative else { return nil }
    let resultScale = max(scale, self.scale)
    let radicand = rescaled(2 * resultScale).digits
    // Newton's iteration on integers, from above.
    var x = radicand.isZero ? BigInteger(0) : Self.power10((radicand.description.count + 1) / 2)
    while !x.isZero {
      let next = (x + radicand.quotientAndRemainder(dividingBy: x)!.0)
        .quotientAndRemainder(dividingBy: BigInteger(2))!.0
      if !(next < x) { break }
      x = next
    }
    return BcNumber(x, scale: resultScale)
  }

  /// bc's `length`: the significant digits.
  var length: Int {
    let text = digits.description.replacing("-", with: "")
    if text.count <= scale { return scale == 0 ? 1 : scale }
    return text.count
  }

  /// The number as bc prints it in base 10: no leading `0` before the point, `0` for zero.
  var text: String {
    guard !isZero else { return "0" }
    var magnitude = digits.description
    let negative = magnitude.hasPrefix("-")
    if negative { magnitude.removeFirst() }
    if magnitude.count <= scale {
      magnitude = String(repeating: "0", count: scale - magnitude.count + 1) + magnitude
    }
    let point = magnitude.index(magnitude.endIndex, offsetBy: -scale)
    var whole = String(magnitude[..<point])
    if whole == "0" { whole = "" }
    let fraction = scale > 0 ? "." + magnitude[point...] : ""
    return (negative ? "-" : "") + whole + fraction
  }
}
