/// `<Suite>/<Suite>.swift`: the serialized top suite with a nested suite per section (document
/// order), the document's YAML, and the `GeneratedDocument` every scenario of the process
/// shares (`ScenarioTesting`). It changes
/// when `document.yaml` does (ids, titles, sections, needs, environments).
enum SuiteFileRenderer {
  static func render(_ yaml: SuiteYAML, layout: SuiteLayout) throws -> String {
    let suite = layout.suiteType
    var sections = ""
    for (section, type) in zip(yaml.document.value.sections, layout.sectionTypes) {
      sections += SwiftLayout.call("@Suite", [SwiftLiteral.string(section.title)], indent: 2)
      sections += "  struct \(type) {}\n"
    }
    let document = SwiftNames.documentValue(suiteType: suite)
    // One per line; swift-format drops the trailing comma of a lone element.
    let names = yaml.scenarios.map { SwiftNames.scenarioYAML(id: $0.value.id) }
    let scenarioList =
      names.isEmpty
      ? "[]"
      : "[\n" + names.map { "    \($0)\(names.count > 1 ? "," : "")\n" }.joined() + "  ]"
    let documentYAML = EmbeddedYAML.text(yaml.document.text)
    return layout.header(yamlFile: yaml.document.file)
      + """
      // Its length follows the document: it embeds the document's YAML (sections, needs,
      // environments); each scenario has a file of its own beside it.

      import ScenarioTesting
      import Testing


      """
      + SwiftLayout.call(
        "@Suite",
        [
          SwiftLiteral.string(yaml.document.value.title), ".serialized",
          ".scenarioDocument(\(document))",
        ],
        indent: 0)
      + "struct \(suite) {\n\(sections)}\n\n"
      + "/// The document behind the suite: one runner per test process; each scenario runs once,\n"
      + "/// after its `needs`, against the embedded gateway simulator or the configured gateways.\n"
      + SwiftLayout.call(
        "let \(document): GeneratedDocument = GeneratedDocument",
        [
          "suite: \(SwiftLiteral.string(suite))",
          "documentStem: \(suite).documentStem", "markdown: \(suite).markdownFromHere",
          "relativeTo: #filePath", "markdownFileID: \(suite).markdownFileID",
          "documentYAML: \(suite).documentYAML",
          "sourceMapYAML: \(suite).sourceMapYAML",
          "scenarioYAML: \(suite).scenarioYAML",
        ],
        indent: 0)
        + """

        extension \(suite) {
          /// Runs scenario `id` (its needs first); a failing step is recorded at its markdown line.
          static func run(_ id: String) async {
            await \(document).run(id)
          }

          /// Names the run directory (`/tmp/<stem>-<QA_SUFFIX>`).

        """
      + SwiftLayout.assignment(
        "static let documentStem", SwiftLiteral.string(layout.documentStem), indent: 2)
      + "  /// The markdown, relative to this file's directory, and as issues name it.\n"
      + SwiftLayout.assignment(
        "static let markdownFromHere", SwiftLiteral.string(layout.markdownFromSuite), indent: 2)
      + SwiftLayout.assignment(
        "static let markdownFileID", SwiftLiteral.string(layout.markdownFileID), indent: 2)
        + """

          /// Every scenario's YAML, in document order.
          static let scenarioYAML = \(scenarioList)

          /// `document.yaml`: environments, sections, ids, titles and needs.

        """
      + EmbeddedYAML.declaration("documentYAML", documentYAML)
      + "}\n"
  }
}
