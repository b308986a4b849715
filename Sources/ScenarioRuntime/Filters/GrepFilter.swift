import Foundation
import SpecModel

/// `grep [-E|-F|-P] [-i] [-v] [-c] [-o] [-x] [-w] [-q] [-m N] PATTERN` on standard input, as
/// GNU grep 3.8 in a UTF-8 locale.
///
/// Patterns are translated to ICU and run with `NSRegularExpression` (see `POSIXRegex`); the
/// pattern is a list of patterns separated by newlines, any of which may match. Input with a
/// NUL byte is binary: NULs end lines, and instead of the selected lines grep says `binary
/// file matches` on standard error. A selected line with bytes that are not valid UTF-8 is
/// withheld the same way.
enum GrepFilter {
  static func run(_ grep: GrepInvocation, pattern: String, input: [UInt8]) -> FilterResult {
    let regex: NSRegularExpression
    var stderr: [UInt8] = []
    switch compile(grep, pattern: pattern) {
    case .failure(let error):
      return FilterResult(output: [], status: 2, stderr: Array("grep: \(error.message)\n".utf8))
    case .success(let (compiled, warnings)):
      regex = compiled
      for warning in warnings { stderr += Array("grep: warning: \(warning)\n".utf8) }
    }
    let maxCount = grep.maxCount.flatMap { $0 < 0 ? nil : $0 }
    if maxCount == 0 { return FilterResult(output: [], status: 1, stderr: stderr) }

    let binary = input.contains(0)
    let text = binary ? input.map { $0 == 0 ? UInt8(ascii: "\n") : $0 } : input
    let printsLines = !grep.quiet && !grep.count
    var output: [UInt8] = []
    var selected = 0
    var withheld = false
    for line in InputLine.split(text) {
      let bytes = text[line.content]
      let subject = RegexSubject(bytes)
      let wantsParts = printsLines && grep.onlyMatching && !grep.invert
      let matches =
        wantsParts
        ? regex.matches(in: subject.text, range: subject.fullRange)
        : regex.firstMatch(in: subject.text, range: subject.fullRange).map { [$0] } ?? []
      guard matches.isEmpty == grep.invert else { continue }
      selected += 1
      if grep.quiet { break }
      if printsLines {
        if grep.onlyMatching {
          for match in matches where match.range.length > 0 {
            let range = subject.bytes(of: match.range)
            let part = bytes[
              (bytes.startIndex + range.lowerBound)..<(bytes.startIndex + range.upperBound)]
            if binary || RegexSubject(part).hasEncodingErrors {
              withheld = true
            } else {
              output += part
              output.append(UInt8(ascii: "\n"))
            }
          }
        } else if binary || subject.hasEncodingErrors {
          withheld = true
        } else {
          output += bytes
          output.append(UInt8(ascii: "\n"))
        }
      }
      if let maxCount, selected >= maxCount { break }
    }
    if grep.count && !grep.quiet {
      output = Array("\(selected)\n".utf8)
    }
    if withheld {
      stderr += Array("grep: (standard input): binary file matches\n".utf8)
    }
    return FilterResult(output: output, status: selected > 0 ? 0 : 1, stderr: stderr)
  }

  /// The regular expression for the invocation's patterns, and grep's warnings about them.
  static func compile(_ grep: GrepInvocation, pattern: String) -> Result<
    (NSRegularExpression, [String]), RegexSyntaxError
  > {
    var alternatives: [String] = []
    var warnings: [String] = []
    let patterns = pattern.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    switch grep.syntax {
    case .fixed:
      alternatives = patterns.map(POSIXRegex.literal)
    case .perl:
      guard patterns.count == 1 else {
        return .failure(RegexSyntaxError(message: "the -P option only supports a single pattern"))
      }
      alternatives = [pattern.replacingOccurrences(of: "(?P<", with: "(?<")]
    case .basic, .extended:
      let dialect = RegexDialect(tool: .grep, extended: grep.syntax == .extended)
      var groups = 0
      for text in patterns {
        do {
          let translated = try POSIXRegex.translate(text, dialect: dialect, groupOffset: groups)
          alternatives.append(translated.pattern)
          warnings += translated.warnings
          groups += translated.groupCount
        } catch {
          return .failure(error)
        }
      }
    }
    var combined =
      alternatives.count == 1
      ? alternatives[0] : alternatives.map { "(?:\($0))" }.joined(separator: "|")
    if grep.wholeLine {
      combined = "^(?:\(combined))\\z"
    } else if grep.wholeWord {
      let word = POSIXRegex.wordContext
      combined = "(?<!\(word))(?:\(combined))(?!\(word))"
    }
    var options: NSRegularExpression.Options = [.useUnixLineSeparators]
    if grep.ignoreCase { options.insert(.caseInsensitive) }
    do {
      return .success((try NSRegularExpression(pattern: combined, options: options), warnings))
    } catch {
      let message =
        grep.syntax == .perl ? "invalid regular expression" : "Invalid regular expression"
      return .failure(RegexSyntaxError(message: message))
    }
  }
}
