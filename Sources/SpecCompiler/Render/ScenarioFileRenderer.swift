import SpecModel

/// `<Suite>/<Suite>+S61.swift`: the scenario's `@Test` in its section's suite, and its YAML.
/// It depends on nothing but the scenario's own file (and its section's type name), so editing
/// one scenario rewrites one Swift file.
enum ScenarioFileRenderer {
  static func render(_ scenario: SuiteYAML.Embedded<Scenario>, layout: SuiteLayout) throws
    -> String
  {
    let id = scenario.value.id
    let container =
      layout.sectionOfScenario[id].map { "\(layout.suiteType).\($0)" }
      ?? layout.suiteType
    let displayName = SwiftLiteral.string("\(id) \(scenario.value.title)")
    let function = SwiftNames.test(id: id, title: scenario.value.title)
    let yaml = EmbeddedYAML.text(scenario.text)
    // Test names start with the scenario id (`S61_…`), which AlwaysUseLowerCamelCase rejects;
    // the rule is switched off in the file's header, not on the test: Swift Testing shows
    // comments attached to a test in its failure reports.
    return layout.header(yamlFile: scenario.file)
      + "// swift-format-ignore-file: AlwaysUseLowerCamelCase\n"
        + """

        import Testing

        extension \(container) {

        """
      + SwiftLayout.call("@Test", [displayName], indent: 2)
        + """
          func \(function)() async {
            await \(layout.suiteType).run(\(SwiftLiteral.string(id)))
          }
        }

        extension \(layout.suiteType) {
          /// The scenario's YAML (`\(SwiftLiteral.comment(scenario.file))`).

        """
      + EmbeddedYAML.declaration(SwiftNames.scenarioYAML(id: id), yaml)
      + "}\n"
  }
}
