import Foundation
import SpecModel

/// `grep [-E|-F|-P] [-i] [-v] [-c] [-o] [-x] [-w] [-q] [-n] [-H] [-m N] [-A N] [-B N] PATTERN`
/// on standard input, as GNU grep 3.8 in a UTF-8 locale.
///
/// `-G`, `-E` and `-F` patterns are compiled and matched by glibc, as grep does (see
/// `GrepSearch`); `-P` patterns by PCRE2, as grep does (see `PerlRegex`). The pattern is a list of
/// patterns separated by newlines, any of which may match. Input with a
/// NUL byte is binary: NULs end lines, and instead of the selected lines grep says `binary
/// file matches` on standard error. A selected line with bytes that are not valid UTF-8 is
/// withheld the same way.
///
/// Context (`-A`/`-B`/`-C`): lines around selected lines are printed once each, groups that
/// do not touch are separated by `--`; with `-o` the context lines are not printed but still
/// separate groups. After the `-m`th selected line, its trailing context is still printed.
/// Output lines start with the `-H` name and the `-n` number, followed by `:` on selected
/// lines and `-` on context lines.
enum GrepFilter {
  /// `filename` starts each output line (`-H`); `inputName` names the input in messages (its
  /// file operand; `(standard input)` when absent).
  static func run(
    _ grep: GrepInvocation, pattern: String, filename: String? = nil, inputName: String? = nil,
    input: [UInt8]
  ) -> FilterResult {
    let searches: Searches
    var stderr: [UInt8] = []
    switch Searches.compile(grep, pattern: pattern) {
    case .failure(let error):
      return FilterResult(output: [], status: 2, stderr: Array("grep: \(error.message)\n".utf8))
    case .success(let compiled):
      searches = compiled
      for warning in searches.warnings {
        stderr += Array("grep: warning: \(warning)\n".utf8)
      }
    }
    let maxCount = grep.maxCount.flatMap { $0 < 0 ? nil : $0 }
    if maxCount == 0 { return FilterResult(output: [], status: 1, stderr: stderr) }

    let binary = input.contains(0)
    let text = binary ? input.map { $0 == 0 ? UInt8(ascii: "\n") : $0 } : input
    let printsLines = !grep.quiet && !grep.count
    let hasContext = grep.afterContext != nil || grep.beforeContext != nil
    let after = grep.afterContext ?? 0
    let before = grep.beforeContext ?? 0
    let lines = InputLine.split(text)
    var output: [UInt8] = []
    var selected = 0
    var withheld = false
    // The last line printed (selected or context), and how many context lines may follow.
    var lastPrinted: Int?
    var pendingAfter = 0

    func prefix(_ index: Int, selected: Bool) -> [UInt8] {
      let separator = selected ? ":" : "-"
      var prefix = filename.map { $0 + separator } ?? ""
      if grep.lineNumbers { prefix += "\(index + 1)" + separator }
      return Array(prefix.utf8)
    }
    /// Prints line `index` (with the group separator when it does not follow the last one).
    func emit(_ index: Int, selected: Bool, parts: [Range<Int>]?) {
      if hasContext, let lastPrinted, index > lastPrinted + 1 {
        output += Array("--\n".utf8)
      }
      lastPrinted = index
      let bytes = text[lines[index].content]
      if grep.onlyMatching {
        guard selected else { return }
        for span in parts ?? [] where !span.isEmpty {
          let part = bytes[
            (bytes.startIndex + span.lowerBound)..<(bytes.startIndex + span.upperBound)]
          if binary || hasEncodingErrors(part) {
            withheld = true
          } else {
            output += prefix(index, selected: true) + part
            output.append(UInt8(ascii: "\n"))
          }
        }
      } else if binary || hasEncodingErrors(bytes) {
        withheld = true
      } else {
        output += prefix(index, selected: selected) + bytes
        output.append(UInt8(ascii: "\n"))
      }
    }

    // Where grep stops reading: after the `-m`th selected line and its trailing context, or
    // the first selected line with `-q`.
    var consumed: Int?
    for index in lines.indices {
      if let maxCount, selected >= maxCount {
        // Only the last selected line's trailing context is left.
        guard printsLines, pendingAfter > 0 else {
          consumed = lines[index].whole.lowerBound
          break
        }
        emit(index, selected: false, parts: nil)
        pendingAfter -= 1
        continue
      }
      let line = Array(text[lines[index].content])
      let wantsParts = printsLines && grep.onlyMatching && !grep.invert
      var parts: [Range<Int>]?
      let matches: Bool
      if wantsParts {
        parts = searches.extraction.matches(in: line, all: true)
        matches =
          searches.extractionSelects
          ? parts != nil : searches.selection.matches(in: line, all: false) != nil
      } else {
        matches = searches.selection.matches(in: line, all: false) != nil
      }
      guard matches != grep.invert else {
        if printsLines, pendingAfter > 0 {
          emit(index, selected: false, parts: nil)
          pendingAfter -= 1
        }
        continue
      }
      selected += 1
      if grep.quiet {
        consumed = lines[index].whole.upperBound
        break
      }
      if printsLines {
        let first = max(index - before, (lastPrinted ?? -1) + 1)
        for context in first..<index {
          emit(context, selected: false, parts: nil)
        }
        emit(index, selected: true, parts: parts)
        pendingAfter = after
      }
    }
    if grep.count && !grep.quiet {
      output = Array(((filename.map { $0 + ":" } ?? "") + "\(selected)\n").utf8)
    }
    if withheld {
      stderr += Array(
        "grep: \(inputName ?? filename ?? "(standard input)"): binary file matches\n".utf8)
    }
    return FilterResult(
      output: output, status: selected > 0 ? 0 : 1, stderr: stderr, consumed: consumed)
  }

  /// Whether `bytes` are not valid UTF-8 (grep then withholds them as binary).
  static func hasEncodingErrors(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: index)
        if scalar == nil { return true }
        index += length
      }
      return false
    }
  }
}
