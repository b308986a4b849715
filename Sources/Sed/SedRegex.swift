import GlibcRegex

/// A sed regular expression: glibc's `regcomp` in the C.UTF-8 locale, so that `.` and brackets
/// match whole UTF-8 characters as GNU sed does in a UTF-8 locale. The pattern space may hold
/// newlines: without the `M` flag `^`/`$` match only at its ends and `.` matches a newline.
public typealias SedRegex = GlibcRegex

extension GlibcRegex {
  /// Compiles `pattern` (sed's escapes already turned into characters by `SedEscapes`).
  /// Throws glibc's message (`Unmatched ( or \(`).
  convenience init(sed pattern: [UInt8], extended: Bool, ignoreCase: Bool, multiline: Bool)
    throws(GlibcRegexError)
  {
    // GNU sed compiles without `RE_UNMATCHED_RIGHT_PAREN_ORD`, which `regcomp` sets for EREs:
    // an unmatched `)` is an error, not a character.
    if extended && hasUnmatchedRightParenthesis(pattern) {
      throw GlibcRegexError(message: "Unmatched ) or \\)")
    }
    var options: Options = []
    if extended { options.insert(.extended) }
    if ignoreCase { options.insert(.ignoreCase) }
    if multiline { options.insert(.newlineSensitive) }
    try self.init(pattern, options: options, locale: .utf8)
  }
}

/// Whether the ERE `pattern` closes a group it did not open (outside bracket expressions and
/// escapes).
private func hasUnmatchedRightParenthesis(_ pattern: [UInt8]) -> Bool {
  var depth = 0
  var index = 0
  while index < pattern.count {
    switch pattern[index] {
    case UInt8(ascii: "\\"):
      index += 1
    case UInt8(ascii: "["):
      // A bracket expression: `]` first (after `^`) is a member; `[:…:]`, `[=…=]`, `[.….]`
      // are read whole.
      index += 1
      if index < pattern.count, pattern[index] == UInt8(ascii: "^") { index += 1 }
      if index < pattern.count, pattern[index] == UInt8(ascii: "]") { index += 1 }
      while index < pattern.count, pattern[index] != UInt8(ascii: "]") {
        if pattern[index] == UInt8(ascii: "["), index + 1 < pattern.count,
          [UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: ".")].contains(pattern[index + 1])
        {
          let kind = pattern[index + 1]
          index += 2
          while index + 1 < pattern.count,
            !(pattern[index] == kind && pattern[index + 1] == UInt8(ascii: "]"))
          {
            index += 1
          }
          index += 1
        }
        index += 1
      }
    case UInt8(ascii: "("):
      depth += 1
    case UInt8(ascii: ")"):
      if depth == 0 { return true }
      depth -= 1
    default:
      break
    }
    index += 1
  }
  return false
}
