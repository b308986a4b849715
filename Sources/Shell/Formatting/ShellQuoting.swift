/// How bash quotes values for reuse as shell input: in the lines `set -x` prints
/// (`xtrace_print_word_list` and `xtrace_print_assignment` of bash 5.2: a word with a character
/// the shell treats specially goes in single quotes, one with a non-printable character in
/// `$'…'`, any other as is) and in `${NAME@Q}` (`sh_quote_reusable`).
public enum ShellQuoting {
  /// The default `PS4`, `+ `, whose first character is repeated once per level of command
  /// substitution (`++ ` inside `$(…)`).
  public static func prefix(level: Int) -> String {
    String(repeating: "+", count: max(1, level)) + " "
  }

  /// A command's words as one trace line, without the prefix or the newline.
  public static func words(_ words: [String], utf8: Bool) -> String {
    words.map { word in word.isEmpty ? "''" : quoted(word, utf8: utf8) }.joined(separator: " ")
  }

  /// `NAME=value` as a trace line, without the prefix or the newline: an empty value stays
  /// empty (`X=`).
  public static func assignment(_ name: String, _ value: String, utf8: Bool) -> String {
    name + "=" + (value.isEmpty ? "" : quoted(value, utf8: utf8))
  }

  /// `${NAME@Q}`: `''` when empty, `$'…'` with a non-printable character, else single quotes.
  public static func reusable(_ value: String, utf8: Bool) -> String {
    if value.isEmpty { return "''" }
    if needsANSIQuoting(value, utf8: utf8) { return ansiQuoted(value, utf8: utf8) }
    return singleQuoted(value)
  }

  static func quoted(_ word: String, utf8: Bool) -> String {
    if containsShellMetas(word) { return singleQuoted(word) }
    if needsANSIQuoting(word, utf8: utf8) { return ansiQuoted(word, utf8: utf8) }
    return word
  }

  /// bash's `sh_contains_shell_metas`.
  static func containsShellMetas(_ word: String) -> Bool {
    var previous: Character?
    for (index, c) in word.enumerated() {
      defer { previous = c }
      switch c {
      case " ", "\t", "\n", "'", "\"", "\\", "|", "&", ";", "(", ")", "<", ">", "!", "{", "}",
        "*", "[", "?", "]", "^", "$", "`":
        return true
      case "~" where index == 0 || previous == "=" || previous == ":":
        return true
      case "#" where index == 0:
        return true
      default:
        continue
      }
    }
    return false
  }

  /// bash's `sh_single_quote`: a lone `'` is `\'`.
  static func singleQuoted(_ word: String) -> String {
    if word == "'" { return "\\'" }
    return "'" + word.replacing("'", with: "'\\''") + "'"
  }

  private static func isPrintable(_ scalar: Unicode.Scalar, utf8: Bool) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x20 && value != 0x7F }
    return utf8 && !(0x80...0x9F).contains(value)
  }

  /// bash's `ansic_shouldquote`.
  static func needsANSIQuoting(_ word: String, utf8: Bool) -> Bool {
    !word.unicodeScalars.allSatisfy { isPrintable($0, utf8: utf8) }
  }

  /// bash's `ansic_quote`: `$'…'` with C escapes and three-digit octal for other bytes.
  static func ansiQuoted(_ word: String, utf8: Bool) -> String {
    var out = "$'"
    for scalar in word.unicodeScalars {
      switch scalar {
      case "\u{1B}": out += "\\E"
      case "\u{07}": out += "\\a"
      case "\u{0B}": out += "\\v"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\\", "'": out += "\\" + String(scalar)
      default:
        if isPrintable(scalar, utf8: utf8) {
          out.unicodeScalars.append(scalar)
        } else {
          for byte in String(scalar).utf8 {
            let digits = String(byte, radix: 8)
            out += "\\" + String(repeating: "0", count: 3 - digits.count) + digits
          }
        }
      }
    }
    return out + "'"
  }
}
