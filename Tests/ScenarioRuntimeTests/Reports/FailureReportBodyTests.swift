import Testing

@testable import ScenarioRuntime

/// How a failure report shows an HTTP body: text as it came (JSON pretty-printed), binary
/// data by its size and leading text, never as raw bytes on the terminal.
struct FailureReportBodyTests {
  @Test func binaryBodiesAreDescribedNotPrinted() {
    let wav =
      Array("RIFF".utf8) + [0x00, 0x08, 0x00, 0x00] + Array("WAVEfmt ".utf8) + [0xFF, 0x00]
    let lines = FailureReport.bodyLines(Excerpt(wav))
    #expect(lines == ["(binary body: 18 bytes, starting \"RIFF\")"])
  }

  @Test func binaryWithoutLeadingText() {
    let lines = FailureReport.bodyLines(Excerpt([0x89, 0x01, 0x02]))
    #expect(lines == ["(binary body: 3 bytes)"])
  }

  @Test(arguments: ["plain text\nsecond line\n", "tabs\tand\r\nCRLF", "é ü 日本"])
  func textBodiesArePrinted(_ text: String) {
    let lines = FailureReport.bodyLines(Excerpt(Array(text.utf8)))
    #expect(!lines.contains { $0.hasPrefix("(binary") })
    #expect(lines.last?.hasPrefix("(body: ") == true)
  }
}
