import Foundation
import SpecModel

extension GrepFilter {
  /// `grep -P`: the pattern rewritten for ICU (see `PerlPattern`) and run with
  /// `NSRegularExpression`, with `-x` and `-w` as grep -P applies them (anchors and ASCII word
  /// look-arounds around the pattern).
  struct PerlSearch {
    var matcher: LineMatcher
    /// `\K`: parts start where this group matched.
    var keepGroup: Int?

    static func compile(_ grep: GrepInvocation, patterns: [String]) -> Result<
      PerlSearch, RegexSyntaxError
    > {
      guard patterns.count == 1 else {
        return .failure(
          RegexSyntaxError(message: "the -P option only supports a single pattern"))
      }
      let perl: PerlPattern
      do {
        perl = try PerlPattern.translate(patterns[0])
      } catch {
        return .failure(error)
      }
      var pattern = perl.pattern
      if grep.wholeLine {
        pattern = "^(?:\(pattern))\\z"
      } else if grep.wholeWord {
        let word = PerlPattern.asciiWord
        pattern = "(?<!\(word))(?:\(pattern))(?!\(word))"
      }
      var options: NSRegularExpression.Options = [.useUnixLineSeparators]
      if grep.ignoreCase { options.insert(.caseInsensitive) }
      guard let matcher = try? LineMatcher(pattern: pattern, variants: [], options: options) else {
        return .failure(RegexSyntaxError(message: "invalid regular expression"))
      }
      return .success(PerlSearch(matcher: matcher, keepGroup: perl.keepGroup))
    }

    /// The matches in `line` as byte ranges (all of them, or the first), `nil` when none.
    func matches(in line: [UInt8], all: Bool) -> [Range<Int>]? {
      let subject = RegexSubject(line[...])
      guard all else {
        return matcher.firstMatch(in: subject.text, length: subject.length, from: 0).map {
          [subject.bytes(of: $0.range)]
        }
      }
      let found = matcher.matches(in: subject).map { match in
        guard let keepGroup, match.range(at: keepGroup).location != NSNotFound else {
          return subject.bytes(of: match.range)
        }
        let start = match.range(at: keepGroup).location
        return subject.bytes(of: NSRange(location: start, length: match.end - start))
      }
      return found.isEmpty ? nil : found
    }
  }
}
