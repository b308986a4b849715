import SpecModel
import Yams

/// A compiled document read back from YAML (the specs directory, or YAML embedded in generated
/// tests), as the runtime needs it.
extension CompiledDocument {
  /// From the text of `document.yaml`, `lines.yaml` and each `S…yaml`.
  public init(documentYAML: String, sourceMapYAML: String, scenarioYAML: [String]) throws {
    let decoder = YAMLDecoder()
    self.init(
      document: try decoder.decode(SpecDocument.self, from: documentYAML),
      scenarios: try scenarioYAML.map { try decoder.decode(Scenario.self, from: $0) },
      sourceMap: try decoder.decode(SourceMap.self, from: sourceMapYAML))
  }
}
