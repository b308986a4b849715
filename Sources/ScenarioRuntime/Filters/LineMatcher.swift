import Foundation

/// A match: the whole match's UTF-16 range, then each group's (`NSNotFound` location when the
/// group took no part).
struct RegexMatch {
  var ranges: [NSRange]

  init(_ result: NSTextCheckingResult, offset: Int = 0) {
    ranges = (0..<result.numberOfRanges).map {
      let range = result.range(at: $0)
      guard range.location != NSNotFound else { return range }
      return NSRange(location: range.location + offset, length: range.length)
    }
  }

  var range: NSRange { ranges[0] }
  var end: Int { ranges[0].location + ranges[0].length }

  func range(at group: Int) -> NSRange {
    group < ranges.count ? ranges[group] : NSRange(location: NSNotFound, length: 0)
  }
}

/// A translated pattern run with `NSRegularExpression`, choosing among matches that start at
/// the same place the way POSIX does where it can: ICU takes the first alternative that
/// matches, POSIX the longest match, so variants of the pattern restricted to one alternative
/// of one alternation are also tried at the match's start and the longest match wins (`a|ab`
/// finds `ab`; `(a|ab)(c|bcd)` still finds `abc` in `abcd`). Variants are tried on the next
/// 256 characters or so (twice the match's length if more, and more while a variant's match
/// reaches the end): a variant whose match needs more is missed.
///
/// On Linux every call hands the whole text to ICU again (a copy), so a line's matches are
/// found with one call where possible (`matches(in:)`).
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
    -> RegexMatch?
  {
    let options = anchored ? Self.searchOptions.union(.anchored) : Self.searchOptions
    let range = NSRange(location: location, length: length - location)
    guard let match = regex.firstMatch(in: text, options: options, range: range) else {
      return nil
    }
    return longest(RegexMatch(match), in: text, units: nil)
  }

  /// The matches one after the other as GNU tools find them: each search starts where the
  /// previous match ended, or one character further after an empty match.
  func matches(in subject: RegexSubject) -> [RegexMatch] {
    let text = subject.text
    let length = subject.length
    let units = variants.isEmpty ? nil : Array(text.utf16)
    var found: [RegexMatch] = []
    var from = 0
    var pending = regex.matches(in: text, options: Self.searchOptions, range: subject.fullRange)[
      ...]
    while let next = pending.popFirst() {
      let match = RegexMatch(next)
      if match.range.location < from {
        // Inside a longer match a variant found: ICU went on from an earlier place.
        if match.end > from {
          pending =
            regex.matches(
              in: text, options: Self.searchOptions,
              range: NSRange(location: from, length: length - from))[...]
        }
        continue
      }
      let best = longest(match, in: text, units: units)
      found.append(best)
      if best.range.length > 0 {
        from = best.end
      } else {
        from = best.range.location + 1
        if let units, best.range.location < length,
          UTF16.isLeadSurrogate(units[best.range.location])
        {
          from += 1
        }
      }
    }
    return found
  }

  /// `match`, or a longer match of a variant at its start.
  func longest(_ match: RegexMatch, in text: String, units: [UInt16]?) -> RegexMatch {
    guard !variants.isEmpty else { return match }
    let units = units ?? Array(text.utf16)
    let start = match.range.location
    // One character of context before (two units for a surrogate pair), for lookbehind.
    var windowStart = max(0, start - 1)
    if windowStart > 0, UTF16.isTrailSurrogate(units[windowStart]) { windowStart -= 1 }
    var best = match
    for variant in variants {
      var span = max(256, 2 * match.range.length + 2)
      while true {
        var windowEnd = min(units.count, start + span)
        if windowEnd < units.count, UTF16.isTrailSurrogate(units[windowEnd]) { windowEnd += 1 }
        let window =
          windowStart == 0 && windowEnd == units.count
          ? text : String(decoding: units[windowStart..<windowEnd], as: UTF16.self)
        let candidate = variant.firstMatch(
          in: window, options: Self.searchOptions.union(.anchored),
          range: NSRange(location: start - windowStart, length: windowEnd - start)
        ).map { RegexMatch($0, offset: windowStart) }
        if let candidate, windowEnd < units.count, candidate.end >= windowEnd - 1 {
          // It may need what follows the window.
          span *= 4
          continue
        }
        if let candidate, candidate.range.length > best.range.length {
          best = candidate
        }
        break
      }
    }
    return best
  }
}

/// Repeated searches in one line with as few ICU calls as possible: the matches ICU finds
/// from a place, one after the other, answer later searches from further places too.
struct SearchCursor {
  let matcher: LineMatcher
  let subject: RegexSubject
  private var pending: ArraySlice<NSTextCheckingResult> = []
  /// Where the search that found `pending` started (`nil`: none yet).
  private var searchedFrom: Int?

  init(matcher: LineMatcher, subject: RegexSubject) {
    self.matcher = matcher
    self.subject = subject
  }

  /// The first match at or after `location`, as `LineMatcher.firstMatch` finds it.
  mutating func firstMatch(from location: Int) -> RegexMatch? {
    if let searchedFrom, searchedFrom <= location {
      // Each of `pending` is the first match from where ICU looked after the one before.
      var from = searchedFrom
      while let next = pending.first {
        let start = next.range.location
        if start >= location {
          self.searchedFrom = from
          return matcher.longest(RegexMatch(next), in: subject.text, units: nil)
        }
        let after =
          next.range.length > 0
          ? start + next.range.length
          : start + (start < subject.length ? subject.characterRange(at: start).length : 1)
        if after > location { break }
        pending.removeFirst()
        from = after
      }
      self.searchedFrom = from
      if pending.isEmpty { return nil }
    }
    searchedFrom = location
    pending =
      matcher.regex.matches(
        in: subject.text, options: LineMatcher.searchOptions,
        range: NSRange(location: location, length: subject.length - location))[...]
    guard let first = pending.first else { return nil }
    return matcher.longest(RegexMatch(first), in: subject.text, units: nil)
  }
}
