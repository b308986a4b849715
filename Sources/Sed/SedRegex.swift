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
    var options: Options = []
    if extended { options.insert(.extended) }
    if ignoreCase { options.insert(.ignoreCase) }
    if multiline { options.insert(.newlineSensitive) }
    try self.init(pattern, options: options, locale: .utf8)
  }
}
