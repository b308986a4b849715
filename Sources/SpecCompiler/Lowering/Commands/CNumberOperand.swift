/// A number as C's `strtol`/`strtoumax` read it with base 0, the way od and xxd take their counts:
/// decimal, `0x` hexadecimal or `0` octal. `nil` for anything else or a negative value.
enum CNumberOperand {
  static func value(_ digits: Substring) -> Int? {
    let value: Int?
    if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
      value = Int(digits.dropFirst(2), radix: 16)
    } else if digits.hasPrefix("0") && digits.count > 1 {
      value = Int(digits.dropFirst(), radix: 8)
    } else {
      value = Int(digits)
    }
    return value.flatMap { $0 >= 0 ? $0 : nil }
  }
}
