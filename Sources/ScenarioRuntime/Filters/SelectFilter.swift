import Foundation
import SpecModel

/// `sed -n '/re/p'`, `sed '/re/d'` and their `!` forms, as GNU sed 4.9 in a UTF-8 locale: the
/// regular expression is sed's (not grep's), and a selected last line without a newline is
/// written without one.
enum SelectFilter {
  static func run(_ selection: SedSelection, input: [UInt8]) -> FilterResult {
    if selection.pattern.isEmpty {
      // An empty regular expression is the last one used, an error when it is first tried.
      if input.isEmpty { return FilterResult(output: []) }
      return FilterResult(
        output: [], status: 1,
        stderr: Array("sed: -e expression #1, char 0: no previous regular expression\n".utf8))
    }
    let matcher: LineMatcher
    switch compile(selection) {
    case .success(let compiled): matcher = compiled
    case .failure(let error):
      return FilterResult(
        output: [], status: 1,
        stderr: Array(
          "sed: -e expression #1, char \(scriptLength(selection)): \(error.message)\n".utf8))
    }
    var writer = SedWriter(capacity: input.count)
    for line in InputLine.split(input) {
      let subject = RegexSubject(input[line.content])
      let matched =
        matcher.firstMatch(in: subject.text, length: subject.length, from: 0) != nil
      if matched != selection.invert {
        writer.write(input[line.content], terminated: line.terminated)
      }
    }
    return FilterResult(output: writer.output)
  }

  static func compile(_ selection: SedSelection) -> Result<LineMatcher, RegexSyntaxError> {
    let translated: TranslatedRegex
    do {
      translated = try POSIXRegex.translate(
        selection.pattern, dialect: RegexDialect(tool: .sed, extended: selection.extended),
        glibcRepetitions: true, ignoreCase: selection.ignoreCase)
    } catch {
      return .failure(error)
    }
    var options: NSRegularExpression.Options = [.useUnixLineSeparators]
    if selection.ignoreCase { options.insert(.caseInsensitive) }
    guard
      let matcher = try? LineMatcher(
        pattern: translated.pattern, variants: translated.variants, options: options)
    else {
      return .failure(RegexSyntaxError(message: "Invalid regular expression"))
    }
    return .success(matcher)
  }

  /// Where sed reports an error in the regular expression: the end of the address as written
  /// (`/re/`, `/re/I`).
  static func scriptLength(_ selection: SedSelection) -> Int {
    var count = 0
    var escaped = false
    for scalar in selection.pattern.unicodeScalars {
      count += 1
      if scalar == "/" && !escaped { count += 1 }
      escaped = scalar == "\\" && !escaped
    }
    return count + 2 + (selection.ignoreCase ? 1 : 0)
  }
}
