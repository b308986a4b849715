import Foundation
import SpecModel

extension GrepFilter {
  /// How grep finds lines, and `-o` parts in them: the same search unless the pattern has a
  /// repetition that grep's own matcher (selecting lines) and glibc (finding parts, checking
  /// `-w`) read differently.
  struct Searches {
    var selection: Search
    var extraction: Search
    var extractionSelects: Bool

    static func compile(_ grep: GrepInvocation, pattern: String) -> Result<
      Searches, RegexSyntaxError
    > {
      let own: (search: Search, needsRegex: Bool, contextual: Bool)
      switch Search.compile(grep, pattern: pattern, glibcRepetitions: false) {
      case .failure(let error): return .failure(error)
      case .success(let compiled): own = compiled
      }
      guard own.contextual else {
        return .success(
          Searches(selection: own.search, extraction: own.search, extractionSelects: true))
      }
      switch Search.compile(grep, pattern: pattern, glibcRepetitions: true) {
      case .failure(let error): return .failure(error)
      case .success(let glibc):
        let glibcSelects = own.needsRegex || grep.wholeWord
        return .success(
          Searches(
            selection: glibcSelects ? glibc.search : own.search, extraction: glibc.search,
            extractionSelects: glibcSelects))
      }
    }
  }

  /// The compiled patterns of an invocation and the way `-x` and `-w` apply them.
  struct Search {
    var matcher: LineMatcher
    var wholeLine: Bool
    var wholeWord: Bool
    /// `grep -P`'s `\K`: parts start where this group matched.
    var keepGroup: Int?
    /// grep's warnings about the patterns.
    var warnings: [String]

    /// The search, whether grep's matcher hands the patterns to glibc, and whether they have
    /// a repetition the two read differently.
    static func compile(_ grep: GrepInvocation, pattern: String, glibcRepetitions: Bool)
      -> Result<(search: Search, needsRegex: Bool, contextual: Bool), RegexSyntaxError>
    {
      // Each pattern, and its variants (see `TranslatedRegex.variants`).
      var translated: [(pattern: String, variants: [String])] = []
      var warnings: [String] = []
      var needsRegex = false
      var contextual = false
      var keepGroup: Int?
      let patterns = pattern.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init)
      switch grep.syntax {
      case .fixed:
        translated = patterns.map { (POSIXRegex.literal($0), []) }
      case .perl:
        guard patterns.count == 1 else {
          return .failure(
            RegexSyntaxError(message: "the -P option only supports a single pattern"))
        }
        do {
          let perl = try PerlPattern.translate(pattern)
          translated = [(perl.pattern, [])]
          keepGroup = perl.keepGroup
        } catch {
          return .failure(error)
        }
      case .basic, .extended:
        let dialect = RegexDialect(tool: .grep, extended: grep.syntax == .extended)
        var groups = 0
        for text in patterns {
          do {
            let result = try POSIXRegex.translate(
              text, dialect: dialect, groupOffset: groups, glibcRepetitions: glibcRepetitions,
              ignoreCase: grep.ignoreCase)
            translated.append((result.pattern, result.variants))
            warnings += result.warnings
            groups += result.groupCount
            needsRegex = needsRegex || result.needsRegexVerification
            contextual = contextual || result.hasContextualRepetition
          } catch {
            return .failure(error)
          }
        }
      }
      // Any pattern may match: they are alternatives too.
      func combine(_ patterns: [String]) -> String {
        patterns.count == 1 ? patterns[0] : patterns.map { "(?:\($0))" }.joined(separator: "|")
      }
      let texts = translated.map(\.pattern)
      var combined = combine(texts)
      var variants: [String] = []
      if texts.count > 1 {
        for index in texts.indices {
          var only = texts.map { "(?!)(?:\($0))" }
          only[index] = texts[index]
          variants.append(combine(only))
        }
      }
      for (index, pattern) in translated.enumerated() {
        for variant in pattern.variants {
          var replaced = texts
          replaced[index] = variant
          variants.append(combine(replaced))
        }
      }
      if grep.wholeLine {
        combined = "^(?:\(combined))\\z"
        variants = []
      } else if grep.wholeWord && grep.syntax == .perl {
        // grep -P's own `-w`.
        let word = PerlPattern.asciiWord
        combined = "(?<!\(word))(?:\(combined))(?!\(word))"
      }
      var options: NSRegularExpression.Options = [.useUnixLineSeparators]
      if grep.ignoreCase { options.insert(.caseInsensitive) }
      do {
        let matcher = try LineMatcher(
          pattern: combined, variants: variants, options: options)
        let search = Search(
          matcher: matcher, wholeLine: grep.wholeLine,
          wholeWord: grep.wholeWord && !grep.wholeLine && grep.syntax != .perl,
          keepGroup: keepGroup, warnings: warnings)
        return .success((search, needsRegex, contextual))
      } catch {
        let message =
          grep.syntax == .perl ? "invalid regular expression" : "Invalid regular expression"
        return .failure(RegexSyntaxError(message: message))
      }
    }

    /// The matches grep finds in the line (all of them for `-o`, else the first), `nil` when
    /// the line does not match. Empty matches count for selecting the line only.
    func matches(in subject: RegexSubject, all: Bool) -> [NSRange]? {
      guard wholeWord else {
        if all {
          let found = matcher.matches(in: subject).map { match in
            guard let keepGroup, match.range(at: keepGroup).location != NSNotFound else {
              return match.range
            }
            let start = match.range(at: keepGroup).location
            return NSRange(location: start, length: match.end - start)
          }
          return found.isEmpty ? nil : found
        }
        return matcher.firstMatch(in: subject.text, length: subject.length, from: 0).map {
          [$0.range]
        }
      }
      let units = Array(subject.text.utf16)
      var cursor = SearchCursor(matcher: matcher, subject: subject)
      var found: [NSRange] = []
      var location = 0
      while location <= subject.length,
        let next = wordMatch(in: subject, units: units, cursor: &cursor, from: location)
      {
        found.append(next)
        if !all { break }
        location =
          next.length > 0
          ? next.location + next.length
          : next.location + subject.characterRange(at: next.location).length
      }
      return found.isEmpty ? nil : found
    }

    /// `-w` as grep 3.8 does it: take the first match; while it is not a whole word, try it
    /// shorter by one byte (the longest match in the line cut there), then the next match
    /// after its start. When the search does not start at the line's start (the matches after
    /// the first with `-o`), grep cuts the line that much earlier still.
    private func wordMatch(
      in subject: RegexSubject, units: [UInt16], cursor: inout SearchCursor, from location: Int
    ) -> NSRange? {
      guard var range = cursor.firstMatch(from: location)?.range else { return nil }
      let searchStart = subject.bytes(of: NSRange(location: location, length: 0)).lowerBound
      while true {
        if !Self.isWordCharacter(before: range.location, units: units),
          !Self.isWordCharacter(at: range.location + range.length, units: units)
        {
          return range
        }
        var shorter = 0
        if range.length > 0 {
          let span = subject.bytes(of: range)
          let cut = subject.location(atOrBeforeByte: span.upperBound - 1 - searchStart)
          if cut > range.location {
            // The cut line ends with a newline: `$` does not match at the cut (`not_eol`), and
            // a word ends there. (One character before the match is enough context.)
            var from = max(0, range.location - 1)
            if from > 0, UTF16.isTrailSurrogate(units[from]) { from -= 1 }
            let truncated = String(decoding: units[from..<cut], as: UTF16.self) + "\n"
            if let match = matcher.firstMatch(
              in: truncated, length: cut - from + 1, from: range.location - from, anchored: true)
            {
              shorter = match.range.length
            }
          }
        }
        if shorter > 0 {
          range.length = shorter
          continue
        }
        let next = range.location + subject.characterRange(at: range.location).length
        guard next <= subject.length, let match = cursor.firstMatch(from: next) else {
          return nil
        }
        range = match.range
      }
    }

    /// grep's word characters: letters, digits and `_` (an invalid byte is none).
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    private static func isWordCharacter(before location: Int, units: [UInt16]) -> Bool {
      guard location > 0 else { return false }
      if location >= 2, UTF16.isTrailSurrogate(units[location - 1]) {
        return scalar(units[(location - 2)..<location]).map(isWordCharacter) ?? false
      }
      return scalar(units[(location - 1)..<location]).map(isWordCharacter) ?? false
    }

    private static func isWordCharacter(at location: Int, units: [UInt16]) -> Bool {
      guard location < units.count else { return false }
      let end = UTF16.isLeadSurrogate(units[location]) ? location + 2 : location + 1
      return scalar(units[location..<min(end, units.count)]).map(isWordCharacter) ?? false
    }

    private static func scalar(_ units: ArraySlice<UInt16>) -> Unicode.Scalar? {
      String(decoding: units, as: UTF16.self).unicodeScalars.first
    }
  }
}
