import SpecModel

/// `sed -n '/re/p'`, `sed '/re/d'` and their `!` forms: the short form of one address, run by
/// the Sed interpreter (glibc's regular expressions, as GNU sed 4.9 in a UTF-8 locale) as
/// `sed -n '/re/p'` or `sed -n '/re/!p'`.
enum SelectFilter {
  static func run(_ selection: SedSelection, input: [UInt8]) -> FilterResult {
    SedFilter.run(
      script: script(selection), quiet: true, extended: selection.extended, input: input)
  }

  /// `/re/[I][!]p`, with a delimiter the pattern does not hold (`\%re%p`).
  static func script(_ selection: SedSelection) -> String {
    let delimiter = SedFilter.delimiter(avoiding: selection.pattern)
    return (delimiter == "/" ? "/" : "\\" + delimiter) + selection.pattern + delimiter
      + (selection.ignoreCase ? "I" : "") + (selection.invert ? "!" : "") + "p"
  }
}
