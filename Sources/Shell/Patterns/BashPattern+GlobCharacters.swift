extension BashPattern {
  /// Whether `text` holds a `*`, `?` or `[` that no backslash escapes: bash's filename
  /// expansion characters (the compiler asks it of a word's unquoted parts, the runtime of a
  /// pattern's path components).
  package static func hasGlobCharacter<S: StringProtocol>(_ text: S) -> Bool {
    var escaped = false
    for c in text {
      if escaped {
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else if c == "*" || c == "?" || c == "[" {
        return true
      }
    }
    return false
  }
}
