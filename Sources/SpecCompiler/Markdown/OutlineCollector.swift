/// Walks the top-level blocks of a document in order and assigns them to the title, setup
/// sections and scenarios. Used by `OutlineBuilder`.
struct OutlineCollector {
  private enum Context {
    case none
    case setup(index: Int)
    /// `describing` until the scenario's first code block.
    case scenario(index: Int, describing: Bool)
  }

  let file: String
  let options: OutlineOptions
  private let needsScanner: NeedsLineScanner
  private let setupNames: Set<String>
  private(set) var diagnostics = Diagnostics()
  private(set) var title: (text: String, line: Int)?
  private(set) var setups: [SetupOutline] = []
  private(set) var scenarios: [ScenarioOutline] = []
  private var section: String?
  private var context = Context.none
  private var descriptionParts: [String] = []
  private var headingLineByID: [String: Int] = [:]

  init(file: String, options: OutlineOptions) {
    self.file = file
    self.options = options
    self.needsScanner = NeedsLineScanner(pattern: options.scenarioPattern)
    self.setupNames = Set(options.setupSections.map { Self.normalizedName($0) })
  }

  /// Adds the next top-level block.
  mutating func add(_ block: MarkdownBlock) {
    switch block.kind {
    case .heading(let heading):
      addHeading(heading)
    case .fencedCode:
      for code in shellBlocks(in: [block]) { addCode(code) }
      if case .scenario(let index, true) = context {
        closeDescription(of: index)
      }
    case .paragraph(let paragraph):
      if case .scenario(_, true) = context { descriptionParts.append(paragraph.text) }
      scanNeeds(block)
    case .list(let list):
      if case .scenario(_, true) = context {
        let lines = list.items.indices.map {
          "\(list.markerText(forItem: $0)) \(list.items[$0].text)"
        }
        descriptionParts.append(lines.joined(separator: "\n"))
      }
      scanNeeds(block)
      for code in shellBlocks(in: list.items.flatMap(\.blocks)) { addCode(code) }
    case .blockQuote:
      scanNeeds(block)
    case .thematicBreak:
      break
    }
  }

  /// Ends the last section; call once after the last block.
  mutating func finish() {
    closeCurrent()
  }

  private mutating func addHeading(_ heading: MarkdownHeading) {
    switch heading.level {
    case 1:
      closeCurrent()
      if title == nil { title = (heading.text, heading.textLine) }
      section = nil
    case 2:
      closeCurrent()
      section = heading.text
      if setupNames.contains(Self.normalizedName(heading.text)) {
        setups.append(SetupOutline(title: heading.text, headingLine: heading.textLine, blocks: []))
        context = .setup(index: setups.count - 1)
      }
    case 3:
      addLevel3Heading(heading)
    default:
      break
    }
  }

  private mutating func addLevel3Heading(_ heading: MarkdownHeading) {
    let match = options.scenarioPattern.matchHeading(heading.text)
    if case .notScenario = match {
      // A plain subsection: ends a scenario, stays inside a setup section.
      if case .scenario = context { closeCurrent() }
      return
    }
    closeCurrent()
    switch match {
    case .notScenario:
      break
    case .missingTitle(let id):
      error("scenario heading '\(id)' has no title", heading.textLine, heading.textColumn)
    case .invalidID(let token):
      error(
        "invalid scenario id '\(token)': expected \(options.scenarioPattern.prefix) followed by "
          + "digits, a space and a title", heading.textLine, heading.textColumn)
    case .scenario(let id, let title):
      let digits = id.utf8.count - options.scenarioPattern.prefix.utf8.count
      if digits > ScenarioIDPattern.maximumDigits {
        error(
          "scenario id '\(id.prefix(options.scenarioPattern.prefix.count + 12))…' has \(digits) "
            + "digits: at most \(ScenarioIDPattern.maximumDigits) fit in file and Swift names",
          heading.textLine, heading.textColumn)
      }
      if let firstLine = headingLineByID[id] {
        error(
          "duplicate scenario id \(id) (first used at line \(firstLine))", heading.textLine,
          heading.textColumn)
      } else {
        headingLineByID[id] = heading.textLine
      }
      scenarios.append(
        ScenarioOutline(
          id: id, title: title, headingLine: heading.textLine, headingColumn: heading.textColumn,
          section: section, description: "", declaredNeeds: [], blocks: []))
      context = .scenario(index: scenarios.count - 1, describing: true)
    }
  }

  private mutating func addCode(_ code: CodeBlock) {
    switch context {
    case .setup(let index):
      setups[index].blocks.append(code)
    case .scenario(let index, _):
      scenarios[index].blocks.append(code)
    case .none:
      break
    }
  }

  private mutating func scanNeeds(_ block: MarkdownBlock) {
    guard case .scenario(let index, _) = context else { return }
    for line in block.textLines {
      guard let result = needsScanner.scan(line.text) else { continue }
      for (id, offset) in result.ids {
        scenarios[index].declaredNeeds.append(
          DeclaredNeed(id: id, line: line.line, column: line.column + offset))
      }
      for (token, offset) in result.invalid {
        error("invalid scenario id '\(token)' in a needs line", line.line, line.column + offset)
      }
    }
  }

  private mutating func closeDescription(of index: Int) {
    scenarios[index].description = descriptionParts.joined(separator: "\n\n")
    descriptionParts = []
    context = .scenario(index: index, describing: false)
  }

  private mutating func closeCurrent() {
    if case .scenario(let index, let describing) = context {
      if describing { closeDescription(of: index) }
      let scenario = scenarios[index]
      if scenario.blocks.isEmpty {
        error(
          "\(scenario.id) has no bash block", scenario.headingLine, scenario.headingColumn)
      }
    }
    context = .none
  }

  /// The shell blocks among `blocks` and inside their list items, in order.
  private func shellBlocks(in blocks: [MarkdownBlock]) -> [CodeBlock] {
    var result: [CodeBlock] = []
    for block in blocks {
      if let code = block.fencedCode, options.shellLanguages.contains(code.language.lowercased()) {
        result.append(
          CodeBlock(
            language: code.language, code: code.code, fenceLine: block.line,
            firstLine: code.firstLine, column: code.column))
      } else if let list = block.list {
        result += shellBlocks(in: list.items.flatMap(\.blocks))
      }
    }
    return result
  }

  private mutating func error(_ message: String, _ line: Int, _ column: Int) {
    diagnostics.error(message, file: file, line: line, column: column)
  }

  /// Plain text, lowercased, with whitespace runs collapsed and trimmed.
  private static func normalizedName(_ text: String) -> String {
    MarkdownInline.plainText(text).lowercased().split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }
}
