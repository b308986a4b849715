import Foundation
import ScenarioRuntime
import SpecCompiler
import SpecYAML
import Testing

@testable import ScenarioTesting

/// A failing generated test records the failure report as its issue, at the failing markdown
/// line, and attaches the scenario's output, exchanges and reproduction script.
@Suite struct FailureReportIssueTests {
  static let markdown = """
    # Issue

    ## Checks

    ### S01 Compares

    Compares two values.

    ```bash
    WANT=b
    echo "to stdout"
    [ "a" = "$WANT" ]
    ```
    """

  static func document(in directory: String) throws -> GeneratedDocument {
    try Data(markdown.utf8).write(to: URL(fileURLWithPath: directory + "/issue.md"))
    let output = DocumentCompiler.compile(markdown: markdown, file: "issue.md")
    let compiled = try #require(output.compiled, "\(output.documentDiagnostics)")
    let files = try SpecYAML.files(for: compiled)
    func text(_ name: String) throws -> String {
      try #require(files.first { $0.path == name }).contents
    }
    return GeneratedDocument(
      suite: "IssueScenarios", documentStem: "issue", markdown: "issue.md",
      relativeTo: directory + "/IssueScenarios.swift", markdownFileID: "docs/issue.md",
      documentYAML: try text(SpecYAML.documentFileName),
      sourceMapYAML: try text(SpecYAML.sourceMapFileName),
      scenarioYAML: try compiled.scenarios.map { try text(SpecYAML.scenarioFileName($0.id)) },
      environment: [
        "PATH": "/usr/bin:/bin", "E2E_KEEP_ARTIFACTS": "0", "QA_RUN_DIR": directory + "/run",
      ])
  }

  @Test func theIssueIsTheFailureReportAtTheFailingLine() async throws {
    let directory = NSTemporaryDirectory() + "issue-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let document = try Self.document(in: directory)
    await withKnownIssue {
      await document.run("S01")
    } matching: { issue in
      let text = "\(issue)"
      return issue.sourceLocation?.fileID == "docs/issue.md" && issue.sourceLocation?.line == 12
        && text.contains("S01 EXIT1: Compares") && text.contains(#"12 | [ "a" = "$WANT" ]"#)
        && text.contains("'a' = 'b'") && text.contains(#"[ "a" = "b" ]"#)
        && text.contains("swift test --filter S01_")
    }
    await document.finish()
  }

  @Test func attachmentsAreNamedAfterTheScenario() async throws {
    var outcome = ScenarioOutcome(
      id: "S07", title: "T", status: 22, timedOut: false, seconds: 0,
      stdout: Array("out\n".utf8), stderr: Array("err\n".utf8), failure: nil, failureLine: 9,
      failedNeeds: [])
    var exchange = HTTPExchangeRecord(method: "GET", url: "http://h/x")
    exchange.statusLine = "HTTP/1.1 404 Not Found"
    exchange.responseBody = Excerpt(Array("gone".utf8))
    outcome.detail = FailureDetail(
      verdict: .curl(exitCode: 22, message: "curl: (22) …", httpStatus: 404),
      exchanges: [.init(owner: "S07", line: 3, exchange: exchange)])
    let report = FailureReport(
      outcome: outcome, markdownName: "d.md", markdownText: String(repeating: "x\n", count: 9),
      documentArgument: "d.md", needs: [], headingLine: 6, timeout: 90)
    let files = FailureAttachments.files(outcome, report: report, rendered: report.render())
    #expect(
      files.map(\.name) == [
        "S07-report.txt", "S07-stdout.txt", "S07-stderr.txt", "S07-exchanges.txt",
        "S07-reproduce.sh",
      ])
    let exchanges = String(decoding: files[3].contents, as: UTF8.self)
    #expect(exchanges.contains("> GET http://h/x\n"))
    #expect(exchanges.contains("< HTTP/1.1 404 Not Found\n"))
    #expect(exchanges.contains("gone\n(body: 4 bytes)"))
    #expect(String(decoding: files[4].contents, as: UTF8.self).hasPrefix("#!/usr/bin/env bash\n"))
  }
}
