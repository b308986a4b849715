import Foundation
import ScenarioRuntime
import SpecModel
import Testing

@testable import SpecCompiler

/// Every scenario of the real documents, with its setup blocks, run by real bash (with a fake
/// `curl`) and by the interpreter (with a transport that behaves the same): same status, output,
/// errors and files. Once with a server that cannot be reached (scenarios stop at their first
/// request), once with one that answers `{}` to everything (they go on into their jq checks and
/// helpers). Needs the real filters (jq, grep, sed). Waits are skipped on both sides (bash's
/// `sleep` is `InstantSleep`, the interpreter runs on a virtual clock): the documents' sleeps
/// and polling loops (`sleep 6`, 15 × `sleep 1`) took most of the suite's time, twice over.
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
      // Scenarios the compiler could not lower have no steps to compare.
      for (scenario, outlined) in zip(compiled.scenarios, outline.scenarios)
      where scenario.isSupported {
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

  static let unreachableDirectory = try? UnreachableServer.installCurlScript()
  static let answeringDirectory = try? AnsweringServer.installScripts()
  static let sleepDirectory = try? InstantSleep.install()

  @Test(.timeLimit(.minutes(10)), arguments: cases)
  func unreachableServer(_ c: Case) async throws {
    try await compare(
      c, path: try #require(Self.unreachableDirectory), transport: UnreachableServer.Transport())
  }

  @Test(.timeLimit(.minutes(10)), arguments: cases)
  func answeringServer(_ c: Case) async throws {
    try await compare(
      c, path: try #require(Self.answeringDirectory), transport: AnsweringServer.Transport())
  }

  private func compare(_ c: Case, path curl: String, transport: any CurlTransport) async throws {
    let sleep = try #require(Self.sleepDirectory)
    let variables = [
      "QA_SUFFIX": "qa1", "QA_RUN_DIR": "run",
      "PATH": sleep + ":" + curl + ":/usr/local/bin:/usr/bin:/bin",
    ]
    try await BashOracle.expectSame(
      Snippet.Compiled(environments: c.environments, scenario: c.scenario),
      setup: c.setup.isEmpty ? nil : c.setup, c.code, variables: variables,
      transport: transport, clock: ScenarioClock(virtual: true),
      label: "\(c.file) \(c.scenario.id): ",
      prepare: { directory in
        try "GOMODEL_MASTER_KEY=master\nOPENAI_API_KEY='sk-test'\n".write(
          toFile: directory + "/.env", atomically: true, encoding: .utf8)
      })
  }
}
