/// GNU sleep's operands: each a non-negative decimal number (fraction and exponent allowed)
/// with an optional `s`, `m`, `h` or `d` suffix; several operands add up.
public enum SleepDuration {
  /// The seconds one operand stands for, or nil when GNU sleep rejects it.
  public static func seconds(_ operand: String) -> Double? {
    var text = Substring(operand)
    var scale = 1.0
    if let unit = text.last, let factor = ["s": 1.0, "m": 60, "h": 3600, "d": 86400][unit] {
      text.removeLast()
      scale = factor
    }
    guard let first = text.first, first.isNumber || first == "." || first == "+",
      text.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }),
      let value = Double(text), value >= 0, value.isFinite
    else { return nil }
    return value * scale
  }
}
