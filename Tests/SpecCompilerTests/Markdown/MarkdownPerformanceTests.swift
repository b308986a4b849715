import OracleSupport
import Testing

@testable import SpecCompiler

@Suite struct MarkdownPerformanceTests {
  /// About 100 KB in the shape of a release matrix.
  static let document: String = {
    var text = "# Matrix\n\nStateful note:\n\n- one\n  two\n\n## Common environment\n\n"
    text += "```bash\nexport BASE_URL=http://localhost:8080\n```\n\n## 1. Section\n\n"
    var number = 1
    while text.utf8.count < 100_000 {
      text += "### S\(number) Scenario number \(number) with `code`\n\n"
      text += "Checks the endpoint number \(number) and prints a sample of the\n"
      text += "response, then checks the status.\n\n"
      text += number > 1 ? "Needs: S\(number - 1)\n\n" : ""
      text += "```bash\ncurl -sS \"$BASE_URL/v1/items/\(number)\" \\\n"
      text += "  | jq '{id, name, count: (.items | length)}'\n```\n\n"
      number += 1
    }
    return text
  }()

  /// Guards against super-linear behaviour; the release-build figure is far lower (see the
  /// printed time). The thread's CPU time, so that other work on the machine does not count.
  @Test func frontEndOn100KBIsFast() {
    var outline: DocumentOutline?
    var diagnostics = Diagnostics()
    let elapsed = ThreadCPUTime.measure {
      let document = MarkdownParser.parse(Self.document, file: "big.md", diagnostics: &diagnostics)
      outline = OutlineBuilder.build(
        document, file: "big.md", options: OutlineOptions(), diagnostics: &diagnostics)
    }
    print("markdown front end: \(Self.document.utf8.count) bytes in \(elapsed) of CPU time")
    #expect(diagnostics.all.isEmpty)
    #expect((outline?.scenarios.count ?? 0) > 300)
    #expect(elapsed < .seconds(2))
  }
}
