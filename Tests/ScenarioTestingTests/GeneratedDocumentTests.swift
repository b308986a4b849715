import Foundation
import SpecCompiler
import SpecYAML
import Testing

@testable import ScenarioTesting

/// `GeneratedDocument`, as generated suites use it: against the embedded simulator when no
/// target is configured, a failing step recorded at its markdown line.
@Suite struct GeneratedDocumentTests {
  static let markdown = """
    # Probe

    ## Common environment

    ```bash
    export BASE_URL=http://localhost:18080
    ```

    ## Checks

    ### S01 Health

    Passes against the simulator.

    ```bash
    curl -fsS "$BASE_URL/health" | jq -e '.status == "ok"'
    ```

    ### S02 Missing route

    Fails on its second line.

    ```bash
    curl -fsS "$BASE_URL/health" >/dev/null
    curl -fsS "$BASE_URL/v1/no-such-route"
    ```
    """

  /// The document as a generated suite holds it, with the markdown at `docs/probe.md`.
  static func document(environment: [String: String]) throws -> GeneratedDocument {
    let output = DocumentCompiler.compile(markdown: markdown, file: "docs/probe.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    let files = try SpecYAML.files(for: compiled)
    func text(_ name: String) throws -> String {
      try #require(files.first { $0.path == name }).contents
    }
    return GeneratedDocument(
      suite: "ProbeScenarios", documentStem: "probe", markdown: "docs/probe.md",
      relativeTo: "/work/project/generated/ProbeScenarios.swift", markdownFileID: "docs/probe.md",
      documentYAML: try text(SpecYAML.documentFileName),
      sourceMapYAML: try text(SpecYAML.sourceMapFileName),
      scenarioYAML: [try text("S01.yaml"), try text("S02.yaml")],
      environment: ["PATH": "/usr/bin:/bin", "E2E_KEEP_ARTIFACTS": "0"].merging(environment) {
        $1
      })
  }

  @Test func aPassingScenarioRecordsNoIssue() async throws {
    let document = try Self.document(environment: [:])
    await document.run("S01")
    await document.finish()
  }

  @Test func aFailingStepIsRecordedAtItsMarkdownLine() async throws {
    let document = try Self.document(environment: [:])
    // S02's heading is line 20 of the markdown; the failing curl is two lines into its block.
    await withKnownIssue {
      await document.run("S02")
    } matching: { issue in
      issue.sourceLocation?.fileID == "docs/probe.md"
        && issue.sourceLocation?.filePath == "/work/project/generated/docs/probe.md"
        && issue.sourceLocation?.line == 25
        && "\(issue)".contains("S02 EXIT22")
    }
    await document.finish()
  }

  @Test func aConfiguredTargetIsUsedInsteadOfTheSimulator() async throws {
    // Port 9 refuses connections: with BASE_URL given, the run goes there and fails.
    let document = try Self.document(environment: ["BASE_URL": "http://127.0.0.1:9"])
    await withKnownIssue {
      await document.run("S01")
    } matching: { issue in
      "\(issue)".contains("Failed to connect to 127.0.0.1 port 9")
    }
    await document.finish()
  }
}
