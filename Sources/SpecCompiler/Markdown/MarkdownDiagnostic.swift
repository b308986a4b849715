/// What reading a document's markdown outline reports: headings, fences and `Needs:` lines.
public enum MarkdownDiagnostic: DiagnosticMessage {
  /// A document without blocks, or without a scenario; `prefix` is the scenario id's letter.
  case emptyDocument(prefix: String)
  case noScenario(prefix: String)
  case unterminatedFence(fence: String, insideBlock: Bool)
  case missingTitle(id: String)
  case invalidScenarioID(token: String, prefix: String)
  /// `id` is already cut to the prefix and 12 digits.
  case tooManyDigits(id: String, digits: Int, maximum: Int)
  case duplicateScenarioID(id: String, firstLine: Int)
  case scenarioWithoutBlock(id: String)
  case invalidNeed(token: String)
  case needsItself(id: String)
  case needsLaterScenario(id: String, need: String, line: Int)
  case needsUnknownScenario(id: String, need: String)
  /// A line a reader takes for a scenario heading but that is not one (`MisreadScenarioHeadings`).
  case misreadHeading(
    written: String, reading: String, id: String, consequence: String, suggestion: String)
  case quotedCodeBlock(language: String, owner: String)

  public static let stage = "markdown"

  public var severity: Diagnostic.Severity {
    switch self {
    case .misreadHeading, .quotedCodeBlock: .warning
    default: .error
    }
  }

  public var message: String {
    switch self {
    case .emptyDocument(let prefix):
      "the document is empty" + Self.scenarioShape(prefix)
    case .noScenario(let prefix):
      "the document has no scenario" + Self.scenarioShape(prefix)
    case .unterminatedFence(let fence, let insideBlock):
      "unterminated code fence: no closing \(fence) before the end of the "
        + (insideBlock ? "enclosing block" : "document")
    case .missingTitle(let id): "scenario heading '\(id)' has no title"
    case .invalidScenarioID(let token, let prefix):
      "invalid scenario id '\(token)': expected \(prefix) followed by digits, a space and a title"
    case .tooManyDigits(let id, let digits, let maximum):
      "scenario id '\(id)…' has \(digits) digits: at most \(maximum) fit in file and Swift names"
    case .duplicateScenarioID(let id, let firstLine):
      "duplicate scenario id \(id) (first used at line \(firstLine))"
    case .scenarioWithoutBlock(let id): "\(id) has no bash block"
    case .invalidNeed(let token): "invalid scenario id '\(token)' in a needs line"
    case .needsItself(let id): "\(id) needs itself"
    case .needsLaterScenario(let id, let need, let line):
      "\(id) needs \(need), which comes later (line \(line)); a scenario can only need earlier ones"
    case .needsUnknownScenario(let id, let need): "\(id) needs unknown scenario \(need)"
    case .misreadHeading(let written, let reading, let id, let consequence, let suggestion):
      "\(MisreadScenarioHeadings.quoted(written)) is \(reading), so \(id) is not a scenario; "
        + "\(consequence). Write \(MisreadScenarioHeadings.quoted(suggestion))"
    case .quotedCodeBlock(let language, let owner):
      "this \(language) block is inside a block quote, so it is not part of \(owner) "
        + "and is not run; remove the '>' markers to run it"
    }
  }

  private static func scenarioShape(_ prefix: String) -> String {
    ": a scenario is a '### \(prefix)01 Title' heading followed by a ```bash block"
  }

  public static let catalog: [Self] = [
    .emptyDocument(prefix: "S"), .noScenario(prefix: "S"),
    .unterminatedFence(fence: "```", insideBlock: false), .missingTitle(id: "S01"),
    .invalidScenarioID(token: "TOKEN", prefix: "S"),
    .tooManyDigits(id: "S123456789012", digits: 13, maximum: ScenarioIDPattern.maximumDigits),
    .duplicateScenarioID(id: "S01", firstLine: 12), .scenarioWithoutBlock(id: "S01"),
    .invalidNeed(token: "TOKEN"), .needsItself(id: "S01"),
    .needsLaterScenario(id: "S01", need: "S02", line: 40),
    .needsUnknownScenario(id: "S01", need: "S99"),
    .misreadHeading(
      written: "## S02 Title", reading: "a level-2 heading", id: "S02",
      consequence: "its block joins S01", suggestion: "### S02 Title"),
    .quotedCodeBlock(language: "bash", owner: "S01"),
  ]
}
