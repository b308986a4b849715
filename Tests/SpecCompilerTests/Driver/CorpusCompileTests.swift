import Foundation
import SpecModel
import Testing

@testable import SpecCompiler

/// The three published documents: the first lowers completely; the later ones are measured.
@Suite(.enabled(if: Corpus.isPresent, Corpus.absence))
struct CorpusCompileTests {
  @Test func aprilDocumentLowersEveryScenarioWithoutDiagnostics() throws {
    let name = Corpus.files[0]
    let output = DocumentCompiler.compile(markdown: try Corpus.text(name), file: name)
    #expect(output.diagnostics.map(\.description) == [])
    let compiled = try #require(output.compiled)
    #expect(compiled.scenarios.count == 79)
    #expect(compiled.scenarios.map(\.id) == (1...79).map { String(format: "S%02d", $0) })
    #expect(compiled.scenarios.allSatisfy { !$0.steps.isEmpty })
    #expect(
      compiled.document.environments.map(\.id) == [
        "common-environment", "auth-enabled-runtime-environment",
      ])
  }

  @Test func aprilDocumentAttachesEnvironmentsByUse() throws {
    let name = Corpus.files[0]
    let compiled = try #require(
      DocumentCompiler.compile(markdown: try Corpus.text(name), file: name).compiled)
    let byID = Dictionary(uniqueKeysWithValues: compiled.scenarios.map { ($0.id, $0) })
    #expect(byID["S01"]?.environments == ["common-environment"])
    #expect(byID["S61"]?.environments == ["common-environment"])
    #expect(byID["S64"]?.environments.contains("auth-enabled-runtime-environment") == true)
    let auth = try #require(compiled.document.environments.last)
    #expect(auth.loads == [".env"])
  }

  @Test func aprilDocumentNeedsFollowFilesResourcesAndCollections() throws {
    let name = Corpus.files[0]
    let compiled = try #require(
      DocumentCompiler.compile(markdown: try Corpus.text(name), file: name).compiled)
    func needs(_ id: String) -> Set<String> {
      Set(compiled.scenarios.first { $0.id == id }?.needs.map(\.scenario) ?? [])
    }
    #expect(needs("S15").isSuperset(of: ["S13", "S14"]))  // aliases created with PUT
    #expect(needs("S36").contains("S35"))  // file uploaded into /v1/files
    #expect(needs("S67").contains("S66"))  // workflow id file
    #expect(needs("S68").contains("S64"))  // managed key file
    #expect(needs("S70").contains("S69"))  // request id sent by S69
    #expect(needs("S01").isEmpty)
    #expect(needs("S61").isEmpty)
  }

  @Test(arguments: Corpus.files.dropFirst())
  func laterDocumentsParseEveryBlockAndReportPositions(_ name: String) throws {
    let output = DocumentCompiler.compile(markdown: try Corpus.text(name), file: name)
    #expect(!output.diagnostics.contains { $0.id == LoweringDiagnostic.bashSyntaxError("").id })
    let pattern = /^.+\.md:\d+:\d+: error: .+ \(in (S\d+|.+)\)$/
    for diagnostic in output.diagnostics {
      #expect(diagnostic.description.wholeMatch(of: pattern) != nil, "\(diagnostic)")
    }
    let failing = Set(
      output.diagnostics.compactMap { $0.message.firstMatch(of: /\(in (S\d+)\)$/)?.1 }.map(
        String.init))
    let total = try Corpus.text(name).split(separator: "\n").filter {
      $0.wholeMatch(of: /### S\d+ .*/) != nil
    }.count
    print(
      "\(name): \(total - failing.count)/\(total) scenarios lower; blocked: \(failing.sorted().joined(separator: " "))"
    )
  }
}
