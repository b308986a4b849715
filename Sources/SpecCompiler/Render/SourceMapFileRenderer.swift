/// `<Suite>/<Suite>+Lines.swift`: where each heading is in the markdown. It changes only when
/// lines move, like `lines.yaml`.
enum SourceMapFileRenderer {
  static func render(_ yaml: SuiteYAML, layout: SuiteLayout) throws -> String {
    let text = EmbeddedYAML.text(yaml.sourceMap.text)
    return layout.header(yamlFile: yaml.sourceMap.file)
      + """

      extension \(layout.suiteType) {
        /// `lines.yaml`: the markdown line of every heading.

      """
      + EmbeddedYAML.declaration("sourceMapYAML", text)
      + "}\n"
  }
}
