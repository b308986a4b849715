import Foundation
import SpecCompiler
import SpecYAML
import Testing

@testable import ScenarioTesting

/// A generated test of a scenario the compiler could not lower fails with each of its errors,
/// recorded at its markdown position (the golden `partial.md`).
@Suite struct UnsupportedScenarioIssueTests {
  static func document() throws -> GeneratedDocument {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("SpecCompilerTests/Golden/documents/partial.md")
    let markdown = try String(contentsOf: url, encoding: .utf8)
    let output = DocumentCompiler.compile(markdown: markdown, file: "docs/partial.md")
    let compiled = try #require(output.compiled, "\(output.documentDiagnostics)")
    let files = try SpecYAML.files(for: compiled)
    func text(_ name: String) throws -> String {
      try #require(files.first { $0.path == name }).contents
    }
    return GeneratedDocument(
      suite: "PartialScenarios", documentStem: "partial", markdown: "docs/partial.md",
      relativeTo: "/work/project/generated/PartialScenarios.swift",
      markdownFileID: "docs/partial.md",
      documentYAML: try text(SpecYAML.documentFileName),
      sourceMapYAML: try text(SpecYAML.sourceMapFileName),
      scenarioYAML: try compiled.scenarios.map { try text(SpecYAML.scenarioFileName($0.id)) },
      environment: ["PATH": "/usr/bin:/bin", "E2E_KEEP_ARTIFACTS": "0"])
  }

  @Test func anUnsupportedScenarioFailsAtTheMarkdownLineOfItsError() async throws {
    let document = try Self.document()
    await withKnownIssue {
      await document.run("S02")
    } matching: { issue in
      issue.sourceLocation?.fileID == "docs/partial.md"
        && issue.sourceLocation?.line == 45 && issue.sourceLocation?.column == 1
        && "\(issue)".contains("S02 UNSUPPORTED: Background reader")
        && "\(issue)".contains("unsupported command 'coproc'")
    }
    await document.finish()
  }

  @Test func aScenarioThatLoweredStillPasses() async throws {
    let document = try Self.document()
    await document.run("S01")
    await document.finish()
  }
}
