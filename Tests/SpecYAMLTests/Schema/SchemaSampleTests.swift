import Foundation
import SpecModel
import Testing

@testable import SpecYAML

/// `SchemaSample`, a document using every construct of the IR: it covers every case, reads back
/// as it was written, and its YAML validates against the schemas (by `tools/validate-specs.py`
/// when python3 has PyYAML and jsonschema).
@Suite struct SchemaSampleTests {
  /// The sample covers every case of the enums the schemas describe (checked here, so a new case
  /// fails this test until the sample and the schemas have it).
  @Test func sampleCoversEveryCase() {
    var seen = SchemaCoverage()
    for scenario in SchemaSample.compiled.scenarios { seen.visit(scenario.steps) }
    for environment in SchemaSample.compiled.document.environments { seen.visit(environment.steps) }
    #expect(seen.actions == Set(SchemaCoverage.actionNames))
    #expect(seen.sources == Set(SchemaCoverage.sourceNames))
    #expect(seen.filters == Set(SchemaCoverage.filterNames))
    #expect(seen.sinks == Set(SchemaCoverage.sinkNames))
    #expect(seen.bodies == Set(SchemaCoverage.bodyNames))
    #expect(seen.conditions == Set(SchemaCoverage.conditionNames))
    #expect(seen.loopItems == Set(SchemaCoverage.loopItemNames))
  }

  @Test func sampleDecodesToTheSameIR() throws {
    let files = try SpecYAML.files(for: SchemaSample.compiled)
    let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    for scenario in SchemaSample.compiled.scenarios {
      let text = try #require(byPath[SpecYAML.scenarioFileName(scenario.id)])
      #expect(try SpecYAML.decode(Scenario.self, from: text) == scenario)
    }
    let document = try #require(byPath[SpecYAML.documentFileName])
    #expect(
      try SpecYAML.decode(SpecDocument.self, from: document) == SchemaSample.compiled.document)
    let lines = try #require(byPath[SpecYAML.sourceMapFileName])
    #expect(try SpecYAML.decode(SourceMap.self, from: lines) == SchemaSample.compiled.sourceMap)
  }

  @Test(.enabled(if: SchemaValidator.unavailableReason == nil, SchemaValidator.skipComment))
  func encodedSampleValidates() throws {
    let files = try SpecYAML.files(for: SchemaSample.compiled)
    let result = try SchemaValidator.run(on: files)
    #expect(result.status == 0, "\(result.output)")
    let yamlCount = files.filter { $0.path.hasSuffix(".yaml") }.count
    #expect(result.output.contains("validated \(yamlCount) files"), "\(result.output)")
  }
}
