import Foundation
import Testing

@testable import SpecCompiler

/// The misread-heading rule gives no false warning on real documents: the corpus, the project's
/// own matrix and the golden document compile without any warning.
@Suite struct MisreadHeadingCorpusTests {
  private func warnings(_ source: String, file: String) -> [String] {
    DocumentCompiler.compile(markdown: source, file: file).diagnostics
      .filter { $0.severity == .warning }.map(\.description)
  }

  @Test(.enabled(if: Corpus.isPresent, Corpus.absence), arguments: Corpus.files)
  func corpusDocumentHasNoWarning(_ name: String) throws {
    #expect(warnings(try Corpus.text(name), file: name) == [])
  }

  @Test(arguments: [
    "specs/release-e2e-scenarios.md", "Tests/SpecCompilerTests/Golden/documents/storefront.md",
  ])
  func projectDocumentHasNoWarning(_ path: String) throws {
    let url = Corpus.packageRoot.appendingPathComponent(path)
    let source = try String(contentsOf: url, encoding: .utf8)
    #expect(source.contains("\n### S"))
    #expect(warnings(source, file: path) == [])
  }
}
