import SpecModel

extension GrepFilter {
  /// `grep -P`: one pattern, compiled by PCRE2 as GNU grep 3.8 does (see `PerlRegex`); `-w`
  /// wraps it in ASCII word look-arounds (`(?<!\w)(?:…)(?!\w)`) as grep does, unless `-x`
  /// asks for the whole line.
  struct PerlSearch {
    var regex: PerlRegex

    static func compile(_ grep: GrepInvocation, patterns: [String]) -> Result<
      PerlSearch, RegexSyntaxError
    > {
      guard patterns.count == 1 else {
        return .failure(
          RegexSyntaxError(message: "the -P option only supports a single pattern"))
      }
      var pattern = patterns[0]
      if grep.wholeWord && !grep.wholeLine {
        pattern = "(?<!\\w)(?:" + pattern + ")(?!\\w)"
      }
      do {
        let regex = try PerlRegex(
          Array(pattern.utf8), ignoreCase: grep.ignoreCase, wholeLine: grep.wholeLine)
        return .success(PerlSearch(regex: regex))
      } catch {
        return .failure(error)
      }
    }

    /// The matches in `line` as byte ranges (all of them, or the first), `nil` when none. As
    /// grep's `-o`: each search starts where the last match ended (one byte further after an
    /// empty one) with the whole line as the subject; empty matches select the line only.
    func matches(in line: [UInt8], all: Bool) -> [Range<Int>]? {
      guard all else { return regex.match(line, from: 0).map { [$0] } }
      var found: [Range<Int>] = []
      var cursor = 0
      while cursor < line.count, let match = regex.match(line, from: cursor) {
        if match.isEmpty {
          cursor = match.lowerBound + 1
        } else {
          found.append(match)
          cursor = match.upperBound
        }
      }
      if found.isEmpty {
        return regex.match(line, from: 0) == nil ? nil : []
      }
      return found
    }
  }
}
