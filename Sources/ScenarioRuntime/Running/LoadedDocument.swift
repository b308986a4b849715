import SpecModel
import Yams

/// A compiled document as the runtime needs it: the document-level file, every scenario and
/// the source map, read from YAML (the specs directory, or YAML embedded in generated tests).
public struct LoadedDocument: Sendable, Equatable {
  public var document: SpecDocument
  public var scenarios: [Scenario]
  public var sourceMap: SourceMap

  public init(document: SpecDocument, scenarios: [Scenario], sourceMap: SourceMap) {
    self.document = document
    self.scenarios = scenarios
    self.sourceMap = sourceMap
  }

  /// From the text of `document.yaml`, `lines.yaml` and each `S…yaml`.
  public init(documentYAML: String, sourceMapYAML: String, scenarioYAML: [String]) throws {
    let decoder = YAMLDecoder()
    document = try decoder.decode(SpecDocument.self, from: documentYAML)
    sourceMap = try decoder.decode(SourceMap.self, from: sourceMapYAML)
    scenarios = try scenarioYAML.map { try decoder.decode(Scenario.self, from: $0) }
  }

  public func scenario(_ id: String) -> Scenario? {
    scenarios.first { $0.id == id }
  }

  /// The markdown line of a heading (environment id or scenario id).
  public func headingLine(_ id: String) -> Int? {
    sourceMap.headings.first { $0.id == id }?.line
  }
}
