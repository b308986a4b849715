import Foundation
import Testing

@testable import SpecCompiler

/// Ids become file names and Swift names: ids with more digits than those can hold are an error
/// at the heading, and nothing is compiled.
@Suite struct ScenarioIDLengthTests {
  static func document(id: String) -> String {
    "# Doc\n\n## Checks\n\n### \(id) Probe\n\nDoes a thing.\n\n```bash\necho hi\n```\n"
  }

  @Test func elevenDigitsAreAccepted() {
    let output = DocumentCompiler.compile(
      markdown: Self.document(id: "S12345678901"), file: "doc.md")
    #expect(output.diagnostics.isEmpty)
    #expect(output.compiled?.scenarios.map(\.id) == ["S12345678901"])
  }

  @Test(arguments: [12, 300])
  func longerIDsAreAnErrorAtTheHeading(digits: Int) {
    let id = "S" + String(repeating: "7", count: digits)
    let output = DocumentCompiler.compile(markdown: Self.document(id: id), file: "doc.md")
    #expect(output.compiled == nil)
    #expect(
      output.diagnostics.map(\.description) == [
        "doc.md:5:5: error: scenario id 'S777777777777…' has \(digits) digits: at most 11 fit "
          + "in file and Swift names"
      ])
  }
}
