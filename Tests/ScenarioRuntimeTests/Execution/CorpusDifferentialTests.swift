import Foundation
import ScenarioRuntime
import SpecModel
import Testing

@testable import SpecCompiler

/// Every scenario of the real documents, with its setup blocks, run by real bash (with a `curl`
/// that cannot connect) and by the interpreter (with a transport that cannot connect): same
/// status, output, errors and files. Needs the real filters (jq, grep, sed).
@Suite(.enabled(if: CorpusSmokeTests.isPresent && RealFilters.present))
struct CorpusDifferentialTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var scenario: Scenario
    var environments: [Environment]
    var setup: String
    var code: String
    var testDescription: String { "\(file) \(scenario.id)" }
  }

  static let cases: [Case] = {
    guard CorpusSmokeTests.isPresent else { return [] }
    var cases: [Case] = []
    for file in CorpusSmokeTests.files {
      guard
        let text = try? String(
          contentsOfFile: CorpusSmokeTests.directory + "/" + file, encoding: .utf8),
        let compiled = DocumentCompiler.compile(markdown: text, file: file).compiled
      else { continue }
      var diagnostics = Diagnostics()
      let outline = OutlineBuilder.build(
        MarkdownParser.parse(text, file: file, diagnostics: &diagnostics), file: file,
        diagnostics: &diagnostics)
      var setupCode: [String: String] = [:]
      for setup in outline.setups {
        setupCode[DocumentCompiler.slug(setup.title)] = setup.blocks.map(\.code).joined(
          separator: "\n")
      }
      for (scenario, outlined) in zip(compiled.scenarios, outline.scenarios) {
        let environments = compiled.document.environments.filter {
          scenario.environments.contains($0.id)
        }
        cases.append(
          Case(
            file: file, scenario: scenario, environments: environments,
            setup: environments.compactMap { setupCode[$0.id] }.joined(separator: "\n"),
            code: outlined.blocks.map(\.code).joined(separator: "\n")))
      }
    }
    return cases
  }()

  static let curlDirectory = try? UnreachableServer.installCurlScript()

  @Test(.timeLimit(.minutes(10)), arguments: cases)
  func matchesBash(_ c: Case) async throws {
    let curl = try #require(Self.curlDirectory)
    let variables = [
      "QA_SUFFIX": "qa1", "QA_RUN_DIR": "run",
      "PATH": curl + ":/usr/local/bin:/usr/bin:/bin",
    ]
    try await BashOracle.expectSame(
      Snippet.Compiled(environments: c.environments, scenario: c.scenario),
      setup: c.setup.isEmpty ? nil : c.setup, c.code, variables: variables,
      transport: UnreachableServer.Transport(), label: "\(c.file) \(c.scenario.id): ",
      prepare: { directory in
        try "GOMODEL_MASTER_KEY=master\nOPENAI_API_KEY='sk-test'\n".write(
          toFile: directory + "/.env", atomically: true, encoding: .utf8)
      })
  }
}
