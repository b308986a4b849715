import Foundation

/// A translated pattern run with `NSRegularExpression`, choosing among matches that start at
/// the same place the way POSIX does where it can: ICU takes the first alternative that
/// matches, POSIX the longest match, so variants of the pattern restricted to one alternative
/// of one alternation are also tried at the match's start and the longest match wins (`a|ab`
/// finds `ab`; `(a|ab)(c|bcd)` still finds `abc` in `abcd`).
struct LineMatcher {
  let regex: NSRegularExpression
  private let variants: [NSRegularExpression]

  /// `variants` as in `TranslatedRegex.variants`, with the same groups as `pattern`.
  init(pattern: String, variants: [String], options: NSRegularExpression.Options) throws {
    regex = try NSRegularExpression(pattern: pattern, options: options)
    self.variants = try variants.map { try NSRegularExpression(pattern: $0, options: options) }
  }

  /// Lookbehind sees before the search range; `^` and `$` only match at the line's ends.
  static let searchOptions: NSRegularExpression.MatchingOptions = [
    .withTransparentBounds, .withoutAnchoringBounds,
  ]

  /// The first match in `text` (whose UTF-16 length is `length`) at or after `location`, or
  /// only at `location` when `anchored`.
  func firstMatch(in text: String, length: Int, from location: Int, anchored: Bool = false)
    -> NSTextCheckingResult?
  {
    let options = anchored ? Self.searchOptions.union(.anchored) : Self.searchOptions
    let range = NSRange(location: location, length: length - location)
    guard let match = regex.firstMatch(in: text, options: options, range: range) else {
      return nil
    }
    var best = match
    let rest = NSRange(location: match.range.location, length: length - match.range.location)
    for variant in variants {
      if let candidate = variant.firstMatch(
        in: text, options: Self.searchOptions.union(.anchored), range: rest),
        candidate.range.length > best.range.length
      {
        best = candidate
      }
    }
    return best
  }
}
