import SpecModel

extension GrepFilter {
  /// grep reading its input part by part, as it arrives: each part holds whole lines (the last
  /// part may end with a line without newline). The whole-input run is one part; a pipe
  /// (`GrepStream`) gives the lines as they come, so grep prints as it reads and stops reading
  /// at `-q`'s first match or after `-m`'s last line and its trailing context.
  ///
  /// A part with a NUL byte makes the input binary from there on: NULs end lines, and instead
  /// of the selected lines grep says `binary file matches` at the end.
  struct Scan {
    let grep: GrepInvocation
    let searches: Searches
    /// Starts each output line (`-H`).
    let filename: String?
    /// Names the input in messages.
    let inputName: String?
    let maxCount: Int?
    let printsLines: Bool
    let hasContext: Bool
    /// Warnings about the patterns, then `binary file matches`.
    private(set) var stderr: [UInt8] = []
    private var binary = false
    /// Lines read so far (the next line's index).
    private var lineCount = 0
    private var selected = 0
    private var withheld = false
    /// The last line printed (selected or context), and how many context lines may follow.
    private var lastPrinted: Int?
    private var pendingAfter = 0
    /// The last `-B` lines read, with their indices, for the context before a selected line.
    private var recent: [(index: Int, bytes: ArraySlice<UInt8>)] = []
    /// Whether grep stopped reading.
    private(set) var stopped = false

    /// The scan, or a pattern grep cannot compile (`failure(error)` is what grep says).
    static func start(
      _ grep: GrepInvocation, pattern: String, filename: String?, inputName: String?
    ) -> Result<Scan, RegexSyntaxError> {
      switch Searches.compile(grep, pattern: pattern) {
      case .failure(let error):
        return .failure(error)
      case .success(let searches):
        var scan = Scan(
          grep: grep, searches: searches, filename: filename, inputName: inputName,
          maxCount: grep.maxCount.flatMap { $0 < 0 ? nil : $0 },
          printsLines: !grep.quiet && !grep.count,
          hasContext: grep.afterContext != nil || grep.beforeContext != nil)
        for warning in searches.warnings {
          scan.stderr += Array("grep: warning: \(warning)\n".utf8)
        }
        if scan.maxCount == 0 { scan.stopped = true }
        return .success(scan)
      }
    }

    private init(
      grep: GrepInvocation, searches: Searches, filename: String?, inputName: String?,
      maxCount: Int?, printsLines: Bool, hasContext: Bool
    ) {
      self.grep = grep
      self.searches = searches
      self.filename = filename
      self.inputName = inputName
      self.maxCount = maxCount
      self.printsLines = printsLines
      self.hasContext = hasContext
    }

    /// What grep says and exits with when it cannot compile its pattern.
    static func failure(_ error: RegexSyntaxError) -> FilterResult {
      FilterResult(output: [], status: 2, stderr: Array("grep: \(error.message)\n".utf8))
    }

    /// Reads `part` (whole lines): what grep prints, and how many of its bytes it read when it
    /// stopped in it.
    mutating func read(_ part: ArraySlice<UInt8>) -> (output: [UInt8], stop: Int?) {
      guard !stopped else { return ([], 0) }
      if part.contains(0) { binary = true }
      let text = binary ? part.map { $0 == 0 ? UInt8(ascii: "\n") : $0 } : Array(part)
      var output: [UInt8] = []
      let after = grep.afterContext ?? 0
      let before = grep.beforeContext ?? 0
      for line in InputLine.split(text) {
        let index = lineCount
        lineCount += 1
        let bytes = text[line.content]
        if let maxCount, selected >= maxCount {
          // Only the last selected line's trailing context is left.
          emit(index, bytes, selected: false, parts: nil, into: &output)
          pendingAfter -= 1
          if pendingAfter <= 0 {
            stopped = true
            return (output, line.whole.upperBound)
          }
          continue
        }
        let wantsParts = printsLines && grep.onlyMatching && !grep.invert
        var parts: [Range<Int>]?
        let matches: Bool
        if wantsParts {
          parts = searches.extraction.matches(in: Array(bytes), all: true)
          matches =
            searches.extractionSelects
            ? parts != nil : searches.selection.matches(in: Array(bytes), all: false) != nil
        } else {
          matches = searches.selection.matches(in: Array(bytes), all: false) != nil
        }
        guard matches != grep.invert else {
          if printsLines, pendingAfter > 0 {
            emit(index, bytes, selected: false, parts: nil, into: &output)
            pendingAfter -= 1
          } else if before > 0 {
            recent.append((index, bytes))
            if recent.count > before { recent.removeFirst() }
          }
          continue
        }
        selected += 1
        if grep.quiet {
          stopped = true
          return (output, line.whole.upperBound)
        }
        if printsLines {
          let first = max(index - before, (lastPrinted ?? -1) + 1)
          for context in recent where context.index >= first {
            emit(context.index, context.bytes, selected: false, parts: nil, into: &output)
          }
          recent = []
          emit(index, bytes, selected: true, parts: parts, into: &output)
          pendingAfter = after
        }
        if let maxCount, selected >= maxCount, !printsLines || pendingAfter == 0 {
          stopped = true
          return (output, line.whole.upperBound)
        }
      }
      return (output, nil)
    }

    /// The input ended (or grep stopped): what it prints last, its messages and status.
    mutating func finish() -> FilterResult {
      var output: [UInt8] = []
      if grep.count && !grep.quiet && maxCount != 0 {
        output = Array(((filename.map { $0 + ":" } ?? "") + "\(selected)\n").utf8)
      }
      var messages = stderr
      if withheld {
        messages += Array(
          "grep: \(inputName ?? filename ?? "(standard input)"): binary file matches\n".utf8)
      }
      return FilterResult(output: output, status: selected > 0 ? 0 : 1, stderr: messages)
    }

    private func prefix(_ index: Int, selected: Bool) -> [UInt8] {
      let separator = selected ? ":" : "-"
      var prefix = filename.map { $0 + separator } ?? ""
      if grep.lineNumbers { prefix += "\(index + 1)" + separator }
      return Array(prefix.utf8)
    }

    /// Prints line `index` (with the group separator when it does not follow the last one).
    private mutating func emit(
      _ index: Int, _ bytes: ArraySlice<UInt8>, selected: Bool, parts: [Range<Int>]?,
      into output: inout [UInt8]
    ) {
      if hasContext, let lastPrinted, index > lastPrinted + 1 {
        output += Array("--\n".utf8)
      }
      lastPrinted = index
      if grep.onlyMatching {
        guard selected else { return }
        for span in parts ?? [] where !span.isEmpty {
          let part = bytes[
            (bytes.startIndex + span.lowerBound)..<(bytes.startIndex + span.upperBound)]
          if binary || GrepFilter.hasEncodingErrors(part) {
            withheld = true
          } else {
            output += prefix(index, selected: true) + part
            output.append(UInt8(ascii: "\n"))
          }
        }
      } else if binary || GrepFilter.hasEncodingErrors(bytes) {
        withheld = true
      } else {
        output += prefix(index, selected: selected) + bytes
        output.append(UInt8(ascii: "\n"))
      }
    }
  }
}
