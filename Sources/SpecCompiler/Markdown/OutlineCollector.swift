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
  private let misread: MisreadScenarioHeadings
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
    self.misread = MisreadScenarioHeadings(file: file, pattern: options.scenarioPattern)
    self.setupNames = Set(options.setupSections.map { Self.normalizedName($0) })
  }

  /// Adds the next top-level block.
  mutating func add(_ block: MarkdownBlock) {
    switch block.kind {
    case .heading(let heading):
      addHeading(heading, at: block)
      if heading.level != 3,
        let warning = misread.heading(heading, at: block, consequence: consequence)
      {
        diagnostics.append(warning)
      }
    case .fencedCode:
      for code in shellBlocks(in: [block]) { addCode(code) }
      if case .scenario(let index, true) = context {
        closeDescription(of: index)
      }
    case .paragraph(let paragraph):
      if case .scenario(_, true) = context { descriptionParts.append(paragraph.text) }
      scanNeeds(block)
      diagnostics.append(contentsOf: misread.nested(block, consequence: consequence))
    case .list(let list):
      if case .scenario(_, true) = context {
        let lines = list.items.indices.map {
          "\(list.markerText(forItem: $0)) \(list.items[$0].text)"
        }
        descriptionParts.append(lines.joined(separator: "\n"))
      }
      scanNeeds(block)
      diagnostics.append(contentsOf: misread.nested(block, consequence: consequence))
      for code in shellBlocks(in: list.items.flatMap(\.blocks)) { addCode(code) }
    case .blockQuote(let blocks):
      scanNeeds(block)
      diagnostics.append(contentsOf: misread.nested(block, consequence: consequence))
      warnAboutQuotedCode(blocks)
    case .thematicBreak:
      break
    }
  }

  /// Ends the last section; call once after the last block.
  mutating func finish() {
    closeCurrent()
  }

  private mutating func addHeading(_ heading: MarkdownHeading, at block: MarkdownBlock) {
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
      addLevel3Heading(heading, at: block)
    default:
      break
    }
  }

  private mutating func addLevel3Heading(_ heading: MarkdownHeading, at block: MarkdownBlock) {
    let match = options.scenarioPattern.matchHeading(heading.text)
    if case .notScenario = match {
      // A plain subsection: ends a scenario, stays inside a setup section.
      if case .scenario = context { closeCurrent() }
      if let warning = misread.heading(heading, at: block, consequence: consequence) {
        diagnostics.append(warning)
      }
      return
    }
    closeCurrent()
    switch match {
    case .notScenario:
      break
    case .missingTitle(let id):
      error(.missingTitle(id: id), heading.textLine, heading.textColumn)
    case .invalidID(let token):
      error(
        .invalidScenarioID(token: token, prefix: options.scenarioPattern.prefix),
        heading.textLine, heading.textColumn)
    case .scenario(let id, let title):
      let digits = id.utf8.count - options.scenarioPattern.prefix.utf8.count
      if digits > ScenarioIDPattern.maximumDigits {
        error(
          .tooManyDigits(
            id: String(id.prefix(options.scenarioPattern.prefix.count + 12)), digits: digits,
            maximum: ScenarioIDPattern.maximumDigits), heading.textLine, heading.textColumn)
      }
      if let firstLine = headingLineByID[id] {
        error(
          .duplicateScenarioID(id: id, firstLine: firstLine), heading.textLine, heading.textColumn)
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

  /// Where a shell block met now would go, for the warnings about misread headings.
  private var consequence: String {
    switch context {
    case .scenario(let index, _): return "its block joins \(scenarios[index].id)"
    case .setup(let index): return "its block joins the setup section '\(setups[index].title)'"
    case .none: return "its block is not run"
    }
  }

  /// Shell blocks in a block quote are not run; inside a scenario or setup section that is
  /// worth a word.
  private mutating func warnAboutQuotedCode(_ blocks: [MarkdownBlock]) {
    let owner: String
    switch context {
    case .scenario(let index, _): owner = scenarios[index].id
    case .setup(let index): owner = "the setup section '\(setups[index].title)'"
    case .none: return
    }
    for block in blocks {
      switch block.kind {
      case .fencedCode(let code) where options.shellLanguages.contains(code.language.lowercased()):
        diagnostics.append(
          Diagnostic(
            MarkdownDiagnostic.quotedCodeBlock(language: code.language, owner: owner),
            file: file, line: block.line, column: block.column))
      case .blockQuote(let inner):
        warnAboutQuotedCode(inner)
      case .list(let list):
        warnAboutQuotedCode(list.items.flatMap(\.blocks))
      default:
        break
      }
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
        error(.invalidNeed(token: token), line.line, line.column + offset)
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
        error(.scenarioWithoutBlock(id: scenario.id), scenario.headingLine, scenario.headingColumn)
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

  private mutating func error(_ kind: MarkdownDiagnostic, _ line: Int, _ column: Int) {
    diagnostics.report(kind, file: file, line: line, column: column)
  }

  /// Plain text, lowercased, with whitespace runs collapsed and trimmed.
  private static func normalizedName(_ text: String) -> String {
    MarkdownInline.plainText(text).lowercased().split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }
}
