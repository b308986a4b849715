import Foundation
import SpecCompiler
import SpecModel
import Testing

@testable import SpecYAML

/// The schemas accept the YAML of real documents: the project's own `specs/`, the example
/// package's, and the corpus documents (`../shared/corpus`) compiled here. Each directory's YAML
/// is validated against the schemas of this build (not the copies beside it).
@Suite(.enabled(if: SchemaValidator.unavailableReason == nil, SchemaValidator.skipComment))
struct SchemaAcceptsDocumentsTests {
  /// The compiled specs directories committed in the package.
  static let specDirectories = [
    "specs/release-e2e-scenarios", "Examples/GatewaySmoke/specs/gateway-smoke",
  ]

  @Test(arguments: specDirectories)
  func committedSpecsValidate(_ path: String) throws {
    let directory = SchemaValidator.packageRoot.appendingPathComponent(path)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(names.contains(SpecYAML.documentFileName))
    let files = try names.map {
      SpecFile(
        path: $0,
        contents: try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
    }
    let result = try SchemaValidator.run(on: files)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("validated \(files.count) files"), "\(result.output)")
  }

  @Test(.enabled(if: Corpus.isPresent, Corpus.absence))
  func corpusDocumentsValidate() throws {
    for name in Corpus.files {
      let output = DocumentCompiler.compile(markdown: try Corpus.text(name), file: name)
      let compiled = try #require(output.compiled, "\(name) does not compile")
      let files = try SpecYAML.files(for: compiled)
      #expect(compiled.scenarios.count > 10)
      let result = try SchemaValidator.run(on: files)
      #expect(result.status == 0, "\(name): \(result.output)")
      let yamlCount = files.filter { $0.path.hasSuffix(".yaml") }.count
      #expect(result.output.contains("validated \(yamlCount) files"), "\(name): \(result.output)")
    }
  }
}
