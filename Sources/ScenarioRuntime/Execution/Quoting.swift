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
