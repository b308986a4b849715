/// Builds the outline of a spec document: its title, setup sections, scenarios and stateful
/// notes, reporting structural problems.
///
/// - The title is the first `#` heading.
/// - A `##` heading named in `options.setupSections` starts a setup section; its shell blocks
///   (also those in list items) up to the next `#`/`##` heading or scenario belong to it.
/// - A `###` heading `S<digits> Title` starts a scenario, which runs to the next heading of
///   level 3 or less. Errors: an id without a title, a malformed id (`S1a`), a duplicate id,
///   a scenario without a shell block.
/// - `Needs:` / `Depends on:` lines in a scenario's prose declare needs; naming an unknown
///   scenario, the scenario itself or a later one is an error at the id.
/// - A document without any scenario (an empty one too) is an error at line 1.
/// - Lines that look like scenario headings but do not start a scenario are warnings
///   (`MisreadScenarioHeadings`).
public enum OutlineBuilder {
  public static func build(
    _ doc: MarkdownDocument, file: String, options: OutlineOptions = OutlineOptions(),
    diagnostics: inout Diagnostics
  ) -> DocumentOutline {
    var collector = OutlineCollector(file: file, options: options)
    for block in doc.blocks { collector.add(block) }
    collector.finish()
    diagnostics.append(contentsOf: collector.diagnostics.all)
    if collector.scenarios.isEmpty {
      let pattern = options.scenarioPattern.prefix
      diagnostics.report(
        doc.blocks.isEmpty
          ? MarkdownDiagnostic.emptyDocument(prefix: pattern)
          : .noScenario(prefix: pattern), file: file, line: 1, column: 1)
    }
    validateNeeds(collector.scenarios, file: file, diagnostics: &diagnostics)
    let title = collector.title ?? (baseName(of: file), 0)
    return DocumentOutline(
      title: title.text, titleLine: title.line, setups: collector.setups,
      scenarios: collector.scenarios, statefulNotes: StatefulNotes.collect(doc.blocks))
  }

  private static func validateNeeds(
    _ scenarios: [ScenarioOutline], file: String, diagnostics: inout Diagnostics
  ) {
    var firstIndexByID: [String: Int] = [:]
    for (index, scenario) in scenarios.enumerated() where firstIndexByID[scenario.id] == nil {
      firstIndexByID[scenario.id] = index
    }
    for (index, scenario) in scenarios.enumerated() {
      for need in scenario.declaredNeeds {
        let message: MarkdownDiagnostic
        if need.id == scenario.id {
          message = .needsItself(id: scenario.id)
        } else if let needed = firstIndexByID[need.id] {
          guard needed > index else { continue }
          message = .needsLaterScenario(
            id: scenario.id, need: need.id, line: scenarios[needed].headingLine)
        } else {
          message = .needsUnknownScenario(id: scenario.id, need: need.id)
        }
        diagnostics.report(message, file: file, line: need.line, column: need.column)
      }
    }
  }

  /// `docs/release.md` → `release`.
  private static func baseName(of file: String) -> String {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
