import Foundation
import GlibcRegex
import SpecModel

extension GrepFilter {
  /// How grep finds lines, and `-o` parts in them: the same search unless the pattern has a
  /// repetition that grep's own matcher (selecting lines) and glibc (finding parts, checking
  /// `-w`) read differently.
  struct Searches {
    var selection: Search
    var extraction: Search
    var extractionSelects: Bool
    /// grep's warnings about the patterns.
    var warnings: [String]

    static func compile(_ grep: GrepInvocation, pattern: String) -> Result<
      Searches, RegexSyntaxError
    > {
      // One pattern per line, split by bytes as grep does: a newline followed by a combining
      // mark is one Character.
      let patterns = pattern.utf8.split(
        separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
      ).map { String(decoding: $0, as: UTF8.self) }
      let search: (Engine) -> Search = {
        Search(
          engine: $0, wholeLine: grep.wholeLine,
          wholeWord: grep.wholeWord && !grep.wholeLine && grep.syntax != .perl)
      }
      switch grep.syntax {
      case .perl:
        return PerlSearch.compile(grep, patterns: patterns).map {
          let perl = search(.perl($0))
          return Searches(selection: perl, extraction: perl, extractionSelects: true, warnings: [])
        }
      case .fixed:
        // As grep does for `-F -i`: each string as a BRE that matches it literally.
        return compileGlibc(
          patterns.map(escapedLiteral), syntax: .grep, ignoreCase: grep.ignoreCase
        ).map {
          let fixed = search(.glibc($0))
          return Searches(
            selection: fixed, extraction: fixed, extractionSelects: true, warnings: [])
        }
      case .basic, .extended:
        let extended = grep.syntax == .extended
        let syntax: GlibcRegex.Syntax = extended ? .egrep : .grep
        let regexes: [GlibcRegex]
        switch compileGlibc(patterns, syntax: syntax, ignoreCase: grep.ignoreCase) {
        case .failure(let error): return .failure(error)
        case .success(let compiled): regexes = compiled
        }
        // grep's own matcher: its warnings, its errors, and whether it hands the patterns to
        // glibc.
        let dialect = RegexDialect(tool: .grep, extended: extended)
        var warnings: [String] = []
        var needsRegex = false
        var contextual = false
        for text in patterns {
          do {
            let analysis = try POSIXRegex.translate(
              text, dialect: dialect, ignoreCase: grep.ignoreCase)
            warnings += analysis.warnings
            needsRegex = needsRegex || analysis.needsRegexVerification
            contextual = contextual || analysis.hasContextualRepetition
          } catch {
            return .failure(error)
          }
        }
        let glibc = search(.glibc(regexes))
        guard contextual && !needsRegex && !grep.wholeWord else {
          return .success(
            Searches(
              selection: glibc, extraction: glibc, extractionSelects: true, warnings: warnings))
        }
        // grep's own matcher selects the lines: its reading, for glibc.
        switch compileGlibc(
          patterns.map { ownMatcherReading($0) }, syntax: syntax, ignoreCase: grep.ignoreCase)
        {
        case .failure(let error): return .failure(error)
        case .success(let own):
          return .success(
            Searches(
              selection: search(.glibc(own)), extraction: glibc, extractionSelects: false,
              warnings: warnings))
        }
      }
    }

    private static func compileGlibc(
      _ patterns: [String], syntax: GlibcRegex.Syntax, ignoreCase: Bool
    ) -> Result<[GlibcRegex], RegexSyntaxError> {
      var syntax = syntax
      if ignoreCase { syntax.insert(.ignoreCase) }
      var regexes: [GlibcRegex] = []
      for pattern in patterns {
        do {
          regexes.append(try GlibcRegex(Array(pattern.utf8), syntax: syntax))
        } catch {
          return .failure(RegexSyntaxError(message: error.message))
        }
      }
      return .success(regexes)
    }

    /// `text` as a BRE matching it literally.
    static func escapedLiteral(_ text: String) -> String {
      var escaped = ""
      for character in text.unicodeScalars {
        if "\\[.*^$".unicodeScalars.contains(character) { escaped.unicodeScalars.append("\\") }
        escaped.unicodeScalars.append(character)
      }
      return escaped
    }

    /// An ERE as grep's own matcher reads it, written for glibc: a repetition operator after
    /// `^` or `$` repeats the anchor (`^*` is `(^)*`, where glibc reads a literal `*`), and an
    /// interval where an expression starts repeats nothing (`{2}a` is `(){2}a`, where glibc
    /// drops the `{`). Only for patterns without back-references (the groups added are not
    /// counted).
    static func ownMatcherReading(_ pattern: String) -> String {
      let scalars = Array(pattern.unicodeScalars)
      var output = String.UnicodeScalarView()
      var index = 0
      var atStart = true
      func interval(at start: Int) -> Int? {
        var cursor = start + 1
        var digits = 0
        var comma = false
        while cursor < scalars.count {
          let scalar = scalars[cursor]
          if ("0"..."9").contains(scalar) {
            digits += 1
          } else if scalar == "," && !comma {
            comma = true
          } else if scalar == "}" {
            return digits > 0 || comma ? cursor + 1 : nil
          } else {
            return nil
          }
          cursor += 1
        }
        return nil
      }
      while index < scalars.count {
        let scalar = scalars[index]
        switch scalar {
        case "\\":
          output.append(scalar)
          if index + 1 < scalars.count { output.append(scalars[index + 1]) }
          index += 2
          atStart = false
          continue
        case "[":
          let end = bracketEnd(scalars, from: index)
          output.append(contentsOf: scalars[index..<end])
          index = end
          atStart = false
          continue
        case "(", "|":
          output.append(scalar)
          atStart = true
        case "^", "$":
          if index + 1 < scalars.count, "*+?{".unicodeScalars.contains(scalars[index + 1]) {
            // The operator after it repeats the group.
            output.append(contentsOf: "(\(scalar))".unicodeScalars)
            atStart = false
          } else {
            output.append(scalar)
          }
        case "{" where atStart:
          if let end = interval(at: index) {
            output.append(contentsOf: "()".unicodeScalars)
            output.append(contentsOf: scalars[index..<end])
            index = end
            atStart = false
            continue
          }
          output.append(scalar)
          atStart = false
        default:
          output.append(scalar)
          atStart = false
        }
        index += 1
      }
      return String(output)
    }

    /// Where the bracket expression starting at `start` ends (past its `]`; the end of the
    /// pattern when it has none).
    private static func bracketEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
      var cursor = start + 1
      if cursor < scalars.count, scalars[cursor] == "^" { cursor += 1 }
      if cursor < scalars.count, scalars[cursor] == "]" { cursor += 1 }
      while cursor < scalars.count {
        if scalars[cursor] == "[", cursor + 1 < scalars.count,
          ":=.".unicodeScalars.contains(scalars[cursor + 1])
        {
          let delimiter = scalars[cursor + 1]
          var look = cursor + 2
          while look + 1 < scalars.count, !(scalars[look] == delimiter && scalars[look + 1] == "]")
          {
            look += 1
          }
          cursor = look + 2
          continue
        }
        if scalars[cursor] == "]" { return cursor + 1 }
        cursor += 1
      }
      return scalars.count
    }
  }

  /// What finds the matches.
  enum Engine {
    /// glibc, one regex per pattern, as GNU grep runs `-G`, `-E` and `-F`.
    case glibc([GlibcRegex])
    /// `-P`.
    case perl(PerlSearch)
  }

  /// The compiled patterns of an invocation and the way `-x` and `-w` apply them.
  struct Search {
    var engine: Engine
    var wholeLine: Bool
    var wholeWord: Bool

    /// The matches grep finds in the line, as byte ranges of it (all of them for `-o`, else
    /// the first), `nil` when the line does not match. Empty matches count for selecting the
    /// line only.
    func matches(in line: [UInt8], all: Bool) -> [Range<Int>]? {
      switch engine {
      case .perl(let perl):
        return perl.matches(in: line, all: all)
      case .glibc(let regexes):
        return Self.matches(in: line, all: all) { execute(regexes, line: line, from: $0) }
      }
    }

    /// grep's `print_line_middle` over any engine: the first match, or with `all` each search
    /// starting where the last match ended (one byte further after an empty one) with the whole
    /// line as the subject; empty matches select the line only. `nil` when nothing matches.
    static func matches(
      in line: [UInt8], all: Bool, searchingFrom search: (Int) -> Range<Int>?
    ) -> [Range<Int>]? {
      guard all else { return search(0).map { [$0] } }
      var found: [Range<Int>] = []
      var cursor = 0
      while cursor < line.count, let match = search(cursor) {
        if match.isEmpty {
          cursor = match.lowerBound + 1
        } else {
          found.append(match)
          cursor = match.upperBound
        }
      }
      if found.isEmpty { return search(0) == nil ? nil : [] }
      return found
    }

    /// grep's `EGexecute` on one line from `start`: the earliest match of any pattern (the
    /// longest of those starting there), with `-x` the whole line, with `-w` whole words.
    private func execute(_ regexes: [GlibcRegex], line: [UInt8], from start: Int)
      -> Range<Int>?
    {
      var best: Range<Int>?
      for regex in regexes {
        let found: Range<Int>?
        if wholeWord {
          found = wordMatch(regex, line: line, from: start)
        } else if let match = regex.match(line, from: start)?[0] {
          found =
            !wholeLine || (match.lowerBound == 0 && match.upperBound == line.count)
            ? match : nil
        } else {
          found = nil
        }
        guard let found else { continue }
        if let current = best,
          current.lowerBound < found.lowerBound
            || (current.lowerBound == found.lowerBound && current.count >= found.count)
        {
          continue
        }
        best = found
      }
      return best
    }

    /// `-w` as grep 3.8 does it: take the first match; while it is not a whole word, try it
    /// shorter by one byte (the longest match in the line cut there, which does not end
    /// there for `$`), then the next match one byte after its start. When the search does not
    /// start at the line's start (the matches after the first with `-o`), grep cuts the line
    /// that much earlier still.
    private func wordMatch(_ regex: GlibcRegex, line: [UInt8], from start: Int) -> Range<Int>? {
      guard var match = regex.match(line, from: start)?[0] else { return nil }
      while true {
        if !WordCharacters.before(match.lowerBound, in: line),
          !WordCharacters.at(match.upperBound, in: line)
        {
          return match
        }
        var shorter = 0
        if !match.isEmpty {
          let cut = match.upperBound - 1 - start
          if cut >= match.lowerBound,
            let anchored = regex.match(
              Array(line[..<cut]), from: match.lowerBound, notEndOfLine: true)?[0],
            anchored.lowerBound == match.lowerBound
          {
            shorter = anchored.count
          }
        }
        if shorter > 0 {
          match = match.lowerBound..<(match.lowerBound + shorter)
          continue
        }
        guard match.lowerBound < line.count,
          let next = regex.match(line, from: match.lowerBound + 1)?[0]
        else { return nil }
        match = next
      }
    }
  }

  /// grep's word characters next to a `-w` match: letters, digits and `_` (a byte that is not
  /// valid UTF-8 is none).
  enum WordCharacters {
    static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
      guard let scalar else { return false }
      return scalar == "_" || scalar.properties.isAlphabetic
        || scalar.properties.numericType == .decimal
    }

    /// Whether the character that ends at byte `offset` is a word character.
    static func before(_ offset: Int, in line: [UInt8]) -> Bool {
      guard offset > 0 else { return false }
      var start = offset - 1
      while start > 0, offset - start < 4, line[start] & 0xC0 == 0x80 { start -= 1 }
      return line.withUnsafeBufferPointer { buffer in
        let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: start)
        return start + length == offset ? isWord(scalar) : false
      }
    }

    /// Whether the character that starts at byte `offset` is a word character.
    static func at(_ offset: Int, in line: [UInt8]) -> Bool {
      guard offset < line.count else { return false }
      return line.withUnsafeBufferPointer { isWord(UTF8Decoding.scalar(in: $0, at: offset).0) }
    }
  }
}
