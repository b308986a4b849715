/// How coreutils quote file names in their messages.
enum Quoting {
  /// `rm`, `chmod`, `touch`: always in single quotes (`rm: cannot remove 'x': …`).
  static func always(_ name: String) -> String {
    "'" + name.replacing("'", with: "'\\''") + "'"
  }

  /// `cat`: quoted only when the name has characters a shell would treat specially.
  static func ifNeeded(_ name: String) -> String {
    let plain =
      !name.isEmpty
      && name.unicodeScalars.allSatisfy { scalar in
        scalar.value > 0x7F || (scalar.properties.isAlphabetic && scalar.isASCII)
          || ("0"..."9").contains(scalar) || "/._-+,:@%=^".unicodeScalars.contains(scalar)
      }
    return plain ? name : always(name)
  }

  /// `mkdir`, `mktemp`: the locale's quotes, `‘x’` in a UTF-8 locale and `'x'` otherwise.
  static func locale(_ name: String, utf8: Bool) -> String {
    utf8 ? "\u{2018}\(name)\u{2019}" : "'\(name)'"
  }
}

extension ShellState {
  /// Whether the shell's locale (`LC_ALL`, `LC_CTYPE`, `LANG`) uses UTF-8, which decides the
  /// quotes coreutils print.
  var usesUTF8Locale: Bool {
    let locale =
      [value(of: "LC_ALL"), value(of: "LC_CTYPE"), value(of: "LANG")].compactMap { $0 }.first {
        !$0.isEmpty
      } ?? ""
    let lowered = locale.lowercased()
    return lowered.contains("utf-8") || lowered.contains("utf8")
  }
}

extension Quoting {
  /// gnulib's `shell_escape_quoting_style` (xargs `-t`, `ls`): a word as is when a shell
  /// would read it unchanged; else in single quotes, or in double quotes when it holds a single
  /// quote and nothing special there; control characters as `$'\n'`-style escapes.
  static func shellEscape(_ word: String) -> String {
    let scalars = Array(word.unicodeScalars)
    if scalars.isEmpty { return "''" }
    let plainCharacters = Set("%+,-./:@_]".unicodeScalars)
    func isPlain(_ scalar: UnicodeScalar, at index: Int) -> Bool {
      if scalar.value > 0x7F { return true }
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return true }
      if plainCharacters.contains(scalar) { return true }
      if scalar == "#" || scalar == "~" { return index > 0 }
      if scalar == "{" || scalar == "}" { return scalars.count > 1 }
      return false
    }
    func isControl(_ scalar: UnicodeScalar) -> Bool { scalar.value < 0x20 || scalar.value == 0x7F }
    if scalars.enumerated().allSatisfy({ isPlain($0.element, at: $0.offset) }) { return word }
    let hasSingleQuote = scalars.contains("'")
    if hasSingleQuote
      && !scalars.contains(where: { isControl($0) || "$`\\\"!".unicodeScalars.contains($0) })
    {
      return "\"" + word + "\""
    }
    var text = "'"
    var inEscape = false
    for scalar in scalars {
      if isControl(scalar) {
        if !inEscape { text += "'$'" }
        inEscape = true
        switch scalar {
        case "\u{07}": text += "\\a"
        case "\u{08}": text += "\\b"
        case "\u{0C}": text += "\\f"
        case "\n": text += "\\n"
        case "\r": text += "\\r"
        case "\t": text += "\\t"
        case "\u{0B}": text += "\\v"
        default:
          let octal = String(scalar.value, radix: 8)
          text += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
        }
        continue
      }
      if inEscape {
        text += "''"
        inEscape = false
      }
      text += scalar == "'" ? "'\\''" : String(scalar)
    }
    return text + "'"
  }
}
