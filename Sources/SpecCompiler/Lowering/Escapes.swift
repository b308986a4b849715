import SpecModel

/// Backslash escapes of `printf` formats and `echo -e`.
enum Escapes {
  static func backslash(_ chars: inout ArraySlice<Character>) -> String {
    guard let c = chars.popFirst() else { return "\\" }
    switch c {
    case "n": return "\n"
    case "t": return "\t"
    case "r": return "\r"
    case "a": return "\u{7}"
    case "b": return "\u{8}"
    case "f": return "\u{C}"
    case "v": return "\u{B}"
    case "e": return "\u{1B}"
    case "\\": return "\\"
    case "\"": return "\""
    case "'": return "'"
    case "0"..."7":
      var digits = String(c)
      while digits.count < (c == "0" ? 4 : 3), let d = chars.first, ("0"..."7").contains(d) {
        digits.append(d)
        chars.removeFirst()
      }
      return UInt32(digits, radix: 8).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        ?? ""
    default: return "\\\(c)"
    }
  }
}
