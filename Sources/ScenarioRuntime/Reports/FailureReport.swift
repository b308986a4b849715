import SpecModel

/// The report of a failing scenario, for people: where (the markdown `file:line` and the
/// failing command as written), what failed in words, the step's last HTTP exchange, a
/// paste-able reproduction and the commands that rerun it. Rendered here once, for
/// `spec-compiler run` and for the Swift Testing issue; every value it shows comes from the
/// outcome, already masked.
public struct FailureReport: Sendable {
  public var outcome: ScenarioOutcome
  /// The markdown as the report names it (`specs/release.md`).
  public var markdownName: String
  /// The markdown's lines (line 1 first), to quote the failing command.
  public var markdownLines: [Substring]
  /// The document as `spec-compiler run` takes it.
  public var documentArgument: String
  /// The scenarios a rerun runs first (its needs, transitively), in document order.
  public var needs: [String]
  /// The scenario's heading line, where the report points when no step failed.
  public var headingLine: Int?
  /// The per-scenario time limit, for a timeout.
  public var timeout: Double?
  /// The markdown line of each environment and scenario heading, to place exchanges made by
  /// other steps than the failing one.
  public var headingLines: [String: Int]

  /// Lines of a body, an input or a program shown before `…`.
  static let shownLines = 20
  /// Bytes of a body shown.
  static let shownBytes = 2000

  public init(
    outcome: ScenarioOutcome, markdownName: String, markdownText: String,
    documentArgument: String, needs: [String], headingLine: Int?, timeout: Double?,
    headingLines: [String: Int] = [:]
  ) {
    self.headingLines = headingLines
    self.outcome = outcome
    self.markdownName = markdownName
    self.markdownLines = markdownText.split(separator: "\n", omittingEmptySubsequences: false)
    self.documentArgument = documentArgument
    self.needs = needs
    self.headingLine = headingLine
    self.timeout = timeout
  }

  /// The markdown line the report points at.
  public var line: Int { outcome.failureLine ?? headingLine ?? 1 }

  // MARK: The report

  public func render() -> String {
    var out = ["\(outcome.id) \(outcome.statusWord): \(outcome.title)"]
    out.append("  at \(markdownName):\(line)")
    for (number, text) in commandLines() {
      out.append("    \(String(number).leftPadded(to: 5)) | \(text)")
    }
    if !outcome.failedNeeds.isEmpty {
      out.append("  needs failed first: \(outcome.failedNeeds.joined(separator: ", "))")
    }
    out.append("  what failed:")
    out += whatFailed().map { "    " + $0 }
    let stderr = String(decoding: outcome.stderr, as: UTF8.self).split(separator: "\n").suffix(5)
    if !stderr.isEmpty && outcome.unsupported.isEmpty {
      out.append("  standard error (last \(stderr.count == 1 ? "line" : "\(stderr.count) lines")):")
      out += stderr.map { "    \($0)" }
    }
    if let shown = shownExchange() {
      out.append(
        shown.line == outcome.failure?.line && shown.owner == outcome.failure?.owner
          ? "  last HTTP exchange of this step:"
          : "  last HTTP exchange before it (\(place(shown))):")
      out += Self.exchangeLines(shown.exchange).map { "    " + $0 }
    }
    let command = reproductionCommand()
    if !command.isEmpty {
      out.append("  reproduce (secrets left as $NAME):")
      out += command.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
    }
    out.append("  rerun:")
    out += rerunCommands().map { "    " + $0 }
    return out.joined(separator: "\n") + "\n"
  }

  /// `swift test --filter S61_` and `spec-compiler run DOC --scenario S61`, naming the needs
  /// the run does first. The generated test of S61 is `S61_title()`: the `_` keeps the filter
  /// (a regular expression searched in test names) from also selecting S610…S619.
  public func rerunCommands() -> [String] {
    let needsNote =
      needs.isEmpty ? "" : "   # runs its needs first: \(needs.joined(separator: ", "))"
    return [
      "swift test --filter \(outcome.id)_",
      "spec-compiler run \(Quoting.ifNeeded(documentArgument)) --scenario \(outcome.id)"
        + needsNote,
    ]
  }

  /// The failing command as written, with its markdown line numbers (continuation lines
  /// included).
  func commandLines() -> [(Int, String)] {
    guard outcome.failureLine != nil || headingLine != nil else { return [] }
    var result: [(Int, String)] = []
    var number = line
    while number >= 1 && number <= markdownLines.count && result.count < 12 {
      let text = String(markdownLines[number - 1])
      result.append((number, text))
      guard outcome.failureLine != nil, Self.continues(text) else { break }
      number += 1
    }
    return result
  }

  /// A line the shell joins with the next: `\`, or a trailing `|`, `&&`, `||`.
  static func continues(_ line: String) -> Bool {
    var trimmed = Substring(line)
    while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
    return trimmed.hasSuffix("\\") || trimmed.hasSuffix("|") || trimmed.hasSuffix("&&")
  }

  // MARK: What failed

  func whatFailed() -> [String] {
    if !outcome.unsupported.isEmpty {
      return outcome.unsupported.map { "\(markdownName):\($0.line):\($0.column): \($0.message)" }
    }
    if outcome.timedOut {
      let limit = timeout.map { "after \(Self.number($0))s " } ?? ""
      return outcome.failureLine.map { ["timed out \(limit)while running line \($0)"] }
        ?? ["timed out \(limit)(the step running was not recorded)"]
    }
    if outcome.interrupted { return ["interrupted (SIGINT or SIGTERM)"] }
    guard let verdict = outcome.detail?.verdict else {
      var lines = ["exited with status \(outcome.status)"]
      if let last = String(decoding: outcome.stderr, as: UTF8.self).split(separator: "\n").last {
        lines.append(String(last))
      }
      return lines
    }
    switch verdict {
    case .curl(let code, let message, let status):
      let error =
        message.isEmpty ? shownExchange()?.exchange.error.map { "curl: (\(code)) \($0)" } : message
      if code == 22, let status {
        return ["curl -f got HTTP \(status)"] + (error.map { [$0] } ?? [])
      }
      return ["curl failed with exit status \(code)"] + (error.map { [$0] } ?? [])
    case .jqFalse(let program, let status, let output, let input):
      let result =
        status == 4
        ? "printed nothing" : "yielded \(output.map { $0.isEmpty ? "nothing" : $0 } ?? "nothing")"
      return ["jq -e \(result) (exit status \(status))", "program:"]
        + Self.truncatedLines(program).map { "  " + $0 }
        + ["input (\(Self.size(input.size))):"]
        + Self.truncatedLines(Self.prettyJSON(input)).map { "  " + $0 }
    case .grepNoMatch(let pattern, let invert, let input):
      let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
      let count = input.text.hasSuffix("\n") ? lines.count - 1 : lines.count
      var out = [
        "grep\(invert ? " -v" : "") found no line \(invert ? "not " : "")matching '\(pattern)'",
        "in its input (\(Self.size(input.size))\(input.isTruncated ? "" : ", \(count) line\(count == 1 ? "" : "s")")); the first lines:",
      ]
      out += Self.truncatedLines(input.text, lines: 10).map { "  " + $0 }
      return out
    case .test(let comparisons):
      return ["the test did not hold; it compared:"]
        + comparisons.map { "  " + Self.describe($0) }
    case .command(let name, let status, let message):
      return ["\(name) exited with status \(status)"] + (message.isEmpty ? [] : [message])
    }
  }

  static func describe(_ comparison: FailureVerdict.Comparison) -> String {
    let not = comparison.negated ? "! " : ""
    let left = Quoting.always(comparison.left)
    switch comparison.operation {
    case "non-empty": return "\(not)\(left)   (a non-empty string?)"
    default:
      if let right = comparison.right {
        return "\(not)\(left) \(comparison.operation) \(Quoting.always(right))"
      }
      return "\(not)\(comparison.operation) \(left)"
    }
  }

  // MARK: The exchange

  func shownExchange() -> FailureDetail.StepExchange? {
    outcome.detail?.exchanges.last
  }

  /// `line 62`, or `S03 line +5` when the heading of the step's owner is not known.
  func place(_ step: FailureDetail.StepExchange) -> String {
    headingLines[step.owner].map { "line \($0 + step.line)" } ?? "\(step.owner) line +\(step.line)"
  }

  public static func exchangeLines(_ exchange: HTTPExchangeRecord) -> [String] {
    var out = ["> \(exchange.method) \(exchange.url)"]
    out += exchange.requestHeaders.map { "> \($0)" }
    if let body = exchange.requestBody {
      out.append(">")
      out += bodyLines(body).map { "> " + $0 }
    }
    guard let status = exchange.statusLine else {
      out.append("(no response\(exchange.error.map { ": \($0)" } ?? ""))")
      return out
    }
    out.append("< \(status)")
    out += exchange.responseHeaders.map { "< \($0)" }
    out.append("<")
    if let body = exchange.responseBody { out += bodyLines(body) }
    return out
  }

  static func bodyLines(_ body: Excerpt) -> [String] {
    guard body.size > 0 else { return ["(empty body)"] }
    if isBinary(body.text) {
      // As curl does for a terminal: binary output is not printed (it would garble the
      // report); its leading text, when any, tells what it is (`RIFF`, `%PDF`, `PK`).
      let start = String(
        String.UnicodeScalarView(
          body.text.unicodeScalars.prefix(while: isPrintableASCII).prefix(16))
      )
      let starting = start.isEmpty ? "" : ", starting \"\(start)\""
      return ["(binary body: \(size(body.size))\(starting))"]
    }
    let shown = String(decoding: body.text.utf8.prefix(shownBytes), as: UTF8.self)
    var lines = truncatedLines(prettyJSON(Excerpt(text: shown, size: body.size)))
    let note = shown.utf8.count < body.size ? "shown: \(shown.utf8.count) of " : ""
    lines.append("(body: \(note)\(size(body.size)))")
    return lines
  }

  /// Bytes that are not UTF-8 text (replaced when decoded), or control characters other than
  /// tab, newline and carriage return.
  static func isBinary(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      scalar == "\u{FFFD}" || scalar.value == 0x7F
        || (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
    }
  }

  private static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x20 && scalar.value < 0x7F
  }

  // MARK: Reproduction

  /// The failing command with the variables it reads resolved (secrets, and variables the run
  /// did not know, left as `$NAME`).
  public func reproductionCommand() -> String {
    guard outcome.failureLine != nil else { return "" }
    let text = commandLines().map(\.1).joined(separator: "\n")
    return ShellVariableSubstitution.resolve(text, variables: outcome.detail?.variables ?? [:])
  }

  /// A script that runs the failing command as the runner does.
  public func reproductionScript() -> String {
    var lines = [
      "#!/usr/bin/env bash",
      "# \(outcome.id) \(outcome.title): the step that failed, at \(markdownName):\(line)",
      "# Variables holding secrets are left as $NAME: export them before running this.",
      "set -euo pipefail",
    ]
    let command = reproductionCommand()
    if !command.isEmpty { lines.append(command) }
    lines.append("# Rerun the scenario:")
    lines += rerunCommands().map { "#   " + $0 }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Text helpers

  /// JSON pretty-printed as `jq .` does; the text as is when it is not (whole) JSON.
  static func prettyJSON(_ excerpt: Excerpt) -> String {
    guard !excerpt.isTruncated, excerpt.size <= Excerpt.limit,
      let first = excerpt.text.first(where: { !$0.isWhitespace }), first == "{" || first == "["
    else { return excerpt.text }
    let result = try? FilterRunner.run(
      .jq(JQInvocation(program: ".")), input: Array(excerpt.text.utf8), expand: { _ in "" },
      workingDirectory: "/")
    guard let result, result.status == 0 else { return excerpt.text }
    return String(decoding: result.output, as: UTF8.self)
  }

  /// At most `lines` lines of `text` (without its final newline), then `… (N more lines)`.
  static func truncatedLines(_ text: String, lines limit: Int = shownLines) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    guard lines.count > limit else { return lines }
    return lines.prefix(limit) + ["… (\(lines.count - limit) more lines)"]
  }

  static func size(_ bytes: Int) -> String { bytes == 1 ? "1 byte" : "\(bytes) bytes" }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
