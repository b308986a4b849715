/// One `tr` set, expanded to the bytes it lists, in order.
struct TranslateSet {
  struct Failure: Error {
    var message: String
  }

  var bytes: [UInt8]
  /// It uses `[:upper:]` or `[:lower:]` (allowed in SET2 only facing one in SET1).
  var hasCaseClass = false

  static let classes: [String: [UInt8]] = {
    let all = (0...127).map { UInt8($0) }
    func bytes(_ test: (UInt8) -> Bool) -> [UInt8] { all.filter(test) }
    let upper = bytes { (65...90).contains($0) }
    let lower = bytes { (97...122).contains($0) }
    let digit = bytes { (48...57).contains($0) }
    let punct = bytes {
      (33...126).contains($0) && !upper.contains($0) && !lower.contains($0) && !digit.contains($0)
    }
    return [
      "upper": upper, "lower": lower, "digit": digit,
      "alpha": bytes { upper.contains($0) || lower.contains($0) },
      "alnum": bytes { upper.contains($0) || lower.contains($0) || digit.contains($0) },
      "space": [9, 10, 11, 12, 13, 32], "blank": [9, 32], "punct": punct,
      "print": bytes { (32...126).contains($0) }, "graph": bytes { (33...126).contains($0) },
      "cntrl": bytes { $0 < 32 || $0 == 127 },
      "xdigit": bytes { digit.contains($0) || (65...70).contains($0) || (97...102).contains($0) },
    ]
  }()

  /// `set1Count`: how many bytes SET1 has (for `[c*]` in SET2).
  static func parse(_ text: String, isSet2: Bool, set1Count: Int) throws(Failure) -> TranslateSet {
    let chars = Array(text.utf8)
    var index = 0
    var result = TranslateSet(bytes: [])
    var fillAt: (position: Int, byte: UInt8)?
    /// One byte at `index`: an escape or itself.
    func single() -> UInt8 {
      let c = chars[index]
      index += 1
      guard c == UInt8(ascii: "\\"), index < chars.count else { return c }
      let e = chars[index]
      index += 1
      switch e {
      case UInt8(ascii: "n"): return 10
      case UInt8(ascii: "t"): return 9
      case UInt8(ascii: "r"): return 13
      case UInt8(ascii: "a"): return 7
      case UInt8(ascii: "b"): return 8
      case UInt8(ascii: "f"): return 12
      case UInt8(ascii: "v"): return 11
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var value = Int(e - 48)
        var digits = 1
        while digits < 3, index < chars.count, (48...55).contains(chars[index]),
          value * 8 + Int(chars[index] - 48) <= 255
        {
          value = value * 8 + Int(chars[index] - 48)
          index += 1
          digits += 1
        }
        return UInt8(value)
      default: return e
      }
    }
    while index < chars.count {
      let rest = chars[index...]
      if rest.starts(with: Array("[:".utf8)),
        let close = find(Array(":]".utf8), in: chars, from: index + 2)
      {
        let name = String(decoding: chars[(index + 2)..<close], as: UTF8.self)
        guard let members = classes[name] else {
          throw Failure(message: "invalid character class ‘\(name)’")
        }
        if isSet2, name != "upper", name != "lower" {
          throw Failure(
            message:
              "when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'"
          )
        }
        if name == "upper" || name == "lower" { result.hasCaseClass = true }
        result.bytes += members
        index = close + 2
        continue
      }
      if rest.starts(with: Array("[=".utf8)),
        let close = find(Array("=]".utf8), in: chars, from: index + 2),
        close == index + 3
      {
        result.bytes.append(chars[index + 2])
        index = close + 2
        continue
      }
      if isSet2, chars[index] == UInt8(ascii: "["), index + 2 < chars.count {
        // `[c*n]`, `[c*]`.
        let save = index
        index += 1
        let byte = single()
        if index < chars.count, chars[index] == UInt8(ascii: "*"),
          let close = chars[index...].firstIndex(of: UInt8(ascii: "]"))
        {
          let countText = String(decoding: chars[(index + 1)..<close], as: UTF8.self)
          index = close + 1
          if countText.isEmpty || Int(countText, radix: countText.hasPrefix("0") ? 8 : 10) == 0 {
            fillAt = (result.bytes.count, byte)
          } else if let count = Int(countText, radix: countText.hasPrefix("0") ? 8 : 10) {
            result.bytes += Array(repeating: byte, count: count)
          } else {
            throw Failure(message: "invalid repeat count ‘\(countText)’ in [c*n] construct")
          }
          continue
        }
        index = save
      }
      let low = single()
      if index + 1 < chars.count, chars[index] == UInt8(ascii: "-") {
        index += 1
        let high = single()
        guard high >= low else {
          throw Failure(
            message:
              "range-endpoints of '\(String(UnicodeScalar(low)))-\(String(UnicodeScalar(high)))' are in reverse collating sequence order"
          )
        }
        result.bytes += (low...high).map { $0 }
      } else {
        result.bytes.append(low)
      }
    }
    if let fillAt {
      let missing = max(set1Count - result.bytes.count, 0)
      result.bytes.insert(
        contentsOf: Array(repeating: fillAt.byte, count: missing), at: fillAt.position)
    }
    return result
  }

  private static func find(_ needle: [UInt8], in chars: [UInt8], from start: Int) -> Int? {
    guard start + needle.count <= chars.count else { return nil }
    for i in start...(chars.count - needle.count)
    where Array(chars[i..<(i + needle.count)]) == needle {
      return i
    }
    return nil
  }
}
