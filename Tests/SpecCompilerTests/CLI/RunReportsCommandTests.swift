import Foundation
import Testing

/// `spec-compiler run`'s reports: the failure report under a failing scenario's line, `--junit`
/// (checked by `tools/check-junit` against the JUnit schema's structure), GitHub Actions
/// annotations with `GITHUB_ACTIONS=true`, and `graph`.
@Suite(
  .enabled(
    if: SpecCompilerExecutable.url != nil, "spec-compiler executable not built next to the tests"))
struct RunReportsCommandTests {
  let scratch: URL

  init() throws {
    let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
    scratch = base.appendingPathComponent("run-reports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  }

  static let document = """
    # Reports

    ## Checks

    ### S01 Passes

    Prints <ok> & more.

    ```bash
    echo "<ok> & more"
    ```

    ### S02 Compares

    Needs: S01

    ```bash
    WANT=b
    echo "comparing" >&2
    [ "a" = "$WANT" ]
    ```

    ### S03 Background reader

    Not supported.

    ```bash
    coproc cat
    ```
    """

  static let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("tools/check-junit")

  func run(_ arguments: [String], environment: [String: String?] = [:]) async throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    try Data(Self.document.utf8).write(to: scratch.appendingPathComponent("doc.md"))
    var variables = environment
    variables["QA_RUN_DIR"] = scratch.appendingPathComponent("run").path
    if environment["GITHUB_ACTIONS"] == nil { variables.updateValue(nil, forKey: "GITHUB_ACTIONS") }
    return try await SpecCompilerExecutable.run(arguments, in: scratch, environment: variables)
  }

  /// `tools/check-junit FILE`: its exit status and the problems it printed.
  func checkJUnit(_ path: String) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.checker.path, path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  @Test func junitReportValidatesAndMarksEachKindOfScenario() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let result = try await run(["run", "doc.md", "--junit", "report.xml"])
    #expect(result.status == 1)
    // The failure report follows the failing scenario's line.
    #expect(result.stdout.contains("S02 EXIT1"), "\(result.stdout)")
    #expect(result.stdout.contains("    at doc.md:20"), "\(result.stdout)")
    #expect(result.stdout.contains(#"      20 | [ "a" = "$WANT" ]"#), "\(result.stdout)")
    #expect(result.stdout.contains("      'a' = 'b'"), "\(result.stdout)")
    #expect(result.stdout.contains(#"      [ "a" = "b" ]"#), "reproduction: \(result.stdout)")
    #expect(
      result.stdout.contains(
        "spec-compiler run doc.md --scenario S02   # runs its needs first: S01"))
    let path = scratch.appendingPathComponent("report.xml").path
    let (status, problems) = try checkJUnit(path)
    #expect(status == 0, "\(problems)")
    let xml = try String(contentsOfFile: path, encoding: .utf8)
    #expect(xml.contains(#"tests="3" failures="1" errors="1" skipped="0""#), "\(xml)")
    #expect(xml.contains(#"name="S01 Passes" classname="doc" file="doc.md" line="5""#))
    #expect(xml.contains("<system-out>&lt;ok&gt; &amp; more\n</system-out>"), "\(xml)")
    #expect(xml.contains(#"<failure message="the test did not hold; it compared:" type="EXIT1">"#))
    #expect(xml.contains("<system-err>comparing\n</system-err>"))
    #expect(
      xml.contains(#"type="UNSUPPORTED">doc.md:28:1: unsupported command 'coproc'"#), "\(xml)")
  }

  @Test func scenariosTheRunDidNotReachAreSkipped() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let result = try await run(["run", "doc.md", "--stop-on-failure", "--junit", "report.xml"])
    #expect(result.status == 1)
    let path = scratch.appendingPathComponent("report.xml").path
    let (status, problems) = try checkJUnit(path)
    #expect(status == 0, "\(problems)")
    let xml = try String(contentsOfFile: path, encoding: .utf8)
    #expect(xml.contains(#"tests="3" failures="1" errors="0" skipped="1""#), "\(xml)")
    #expect(xml.contains(#"<skipped message="not run: the run stopped before it"/>"#))
  }

  @Test func theCheckerRejectsWhatTheSchemaDoes() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let bad = [
      #"<testsuites><testsuite tests="1"><testcase name="a"/></testsuite></testsuites>"#,
      #"<testsuite name="s" tests="2"><testcase name="a"/></testsuite>"#,
      #"<testsuite name="s" tests="1"><testcase name="a"><system-out/><failure/></testcase></testsuite>"#,
      #"<testsuite name="s" tests="1"><testcase name="a" line="x"/></testsuite>"#,
      #"<testsuite name="s" tests="1"><testcase name="a"><skipped/><failure/></testcase></testsuite>"#,
      #"<testsuite name="s" tests="1"><testcase name="a"><output/></testcase></testsuite>"#,
      "<testsuite name=\"s\" tests=\"1\"><testcase name=\"a\">",
    ]
    for (index, text) in bad.enumerated() {
      let path = scratch.appendingPathComponent("bad\(index).xml").path
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let (status, problems) = try checkJUnit(path)
      #expect(status == 1, "accepted: \(text)")
      #expect(!problems.isEmpty)
    }
  }

  @Test func githubActionsAnnotateTheFailingLine() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let result = try await run(
      ["run", "doc.md", "--scenario", "S02"], environment: ["GITHUB_ACTIONS": "true"])
    let lines = result.stdout.split(separator: "\n")
    let annotation = try #require(lines.first { $0.hasPrefix("::error ") }, "\(result.stdout)")
    #expect(
      annotation.hasPrefix("::error file=doc.md,line=20,title=S02 EXIT1%3A Compares::S02 EXIT1"))
    #expect(annotation.contains("%0A  what failed:%0A"))
    let quiet = try await run(["run", "doc.md", "--scenario", "S02"])
    #expect(!quiet.stdout.contains("::error"))
  }

  @Test func graphPrintsMermaidOrDot() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let mermaid = try await run(["graph", "doc.md"])
    #expect(mermaid.status == 0, "\(mermaid.stderr)")
    #expect(mermaid.stdout.hasPrefix("flowchart LR\n"))
    #expect(
      mermaid.stdout.contains(#"S01 -->|"declared: declared in the scenario's prose"| S02"#),
      "\(mermaid.stdout)")
    let dot = try await run(["graph", "doc.md", "--format", "dot"])
    #expect(
      dot.stdout.contains(#""S01" -> "S02" [label="declared: declared in the scenario's prose"];"#),
      "\(dot.stdout)")
    let bad = try await run(["graph", "doc.md", "--format", "png"])
    #expect(bad.status == 64)
  }
}
