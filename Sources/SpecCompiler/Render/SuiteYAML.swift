import SpecModel
import SpecYAML

/// One document's YAML, decoded: the generator's input. Each value keeps the text it came from,
/// which the generated Swift embeds.
struct SuiteYAML {
  struct Embedded<Value> {
    /// The YAML file's name in the specs directory.
    var file: String
    var text: String
    var value: Value
  }

  var document: Embedded<SpecDocument>
  var sourceMap: Embedded<SourceMap>
  /// In index order (document order).
  var scenarios: [Embedded<Scenario>]

  /// Decodes `document.yaml`, `lines.yaml` and every scenario file the index lists, from
  /// `files` (paths relative to the specs directory).
  init(files: [SpecFile]) throws {
    let byPath = Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
    func embedded<T: Decodable>(_ type: T.Type, _ file: String) throws -> Embedded<T> {
      guard let text = byPath[file] else { throw RenderError.missingFile(file) }
      do {
        return Embedded(file: file, text: text, value: try SpecYAML.decode(T.self, from: text))
      } catch {
        throw RenderError.undecodable(file, "\(error)")
      }
    }
    document = try embedded(SpecDocument.self, SpecYAML.documentFileName)
    sourceMap = try embedded(SourceMap.self, SpecYAML.sourceMapFileName)
    var scenarios: [Embedded<Scenario>] = []
    var seen = Set<String>()
    for entry in document.value.sections.flatMap(\.scenarios) {
      guard SwiftNames.isScenarioID(entry.id) else {
        throw RenderError.invalidID(entry.id, SpecYAML.documentFileName)
      }
      guard seen.insert(entry.id).inserted else {
        throw RenderError.duplicateID(entry.id, SpecYAML.documentFileName)
      }
      let scenario = try embedded(Scenario.self, entry.file)
      guard scenario.value.id == entry.id else {
        throw RenderError.mismatchedID(entry.id, entry.file, scenario.value.id)
      }
      scenarios.append(scenario)
    }
    self.scenarios = scenarios
  }
}
