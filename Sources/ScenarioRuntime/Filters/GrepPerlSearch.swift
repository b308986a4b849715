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

    /// The matches in `line` as byte ranges (all of them, or the first), `nil` when none, as
    /// grep's `-o` finds them (`Search.matches(in:all:searchingFrom:)`).
    func matches(in line: [UInt8], all: Bool) -> [Range<Int>]? {
      Search.matches(in: line, all: all) { regex.match(line, from: $0) }
    }
  }
}
