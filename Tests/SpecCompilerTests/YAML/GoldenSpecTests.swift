import Foundation
import SpecModel
import Testing

@testable import SpecCompiler
@testable import SpecYAML

/// markdown → YAML golden files: `Golden/documents/NAME.md` compiles to `Golden/specs/NAME/`,
/// with the diagnostics of `Golden/diagnostics/NAME.txt` (none when that file is absent: the
/// documents that compile fully).
@Suite struct GoldenSpecTests {
  static func compile(_ name: String) throws -> (CompiledDocument?, [Diagnostic], [String: String])
  {
    let url = GoldenFiles.documents.appendingPathComponent("\(name).md")
    let markdown = try String(contentsOf: url, encoding: .utf8)
    let output = DocumentCompiler.compile(
      markdown: markdown, file: "\(name).md",
      options: CompilerOptions(sourceReference: "../../documents/\(name).md"))
    guard let compiled = output.compiled else { return (nil, output.diagnostics, [:]) }
    let files = try SpecYAML.files(for: compiled).filter {
      !$0.path.hasPrefix(SpecYAML.schemaDirectory)
    }
    return (
      compiled, output.diagnostics,
      Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    )
  }

  @Test(arguments: GoldenFiles.documentNames)
  func matchesGolden(_ name: String) throws {
    let (compiled, diagnostics, files) = try Self.compile(name)
    try GoldenFiles.recordOrCompareDiagnostics(diagnostics.map(\.description), of: name)
    try #require(compiled != nil)
    try GoldenFiles.recordOrCompare(files, with: GoldenFiles.specs.appendingPathComponent(name))
  }

  @Test(arguments: GoldenFiles.documentNames)
  func yamlDecodesToTheSameIR(_ name: String) throws {
    let (compiled, _, files) = try Self.compile(name)
    let ir = try #require(compiled)
    for scenario in ir.scenarios {
      let text = try #require(files[SpecYAML.scenarioFileName(scenario.id)])
      #expect(try SpecYAML.decode(Scenario.self, from: text) == scenario)
    }
    let document = try #require(files[SpecYAML.documentFileName])
    #expect(try SpecYAML.decode(SpecDocument.self, from: document) == ir.document)
    let lines = try #require(files[SpecYAML.sourceMapFileName])
    #expect(try SpecYAML.decode(SourceMap.self, from: lines) == ir.sourceMap)
  }

  @Test(arguments: GoldenFiles.documentNames)
  func compilingTwiceGivesIdenticalBytes(_ name: String) throws {
    let first = try Self.compile(name).2
    let second = try Self.compile(name).2
    #expect(first == second)
  }
}
