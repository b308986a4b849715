import Testing

@testable import SpecCompiler

@Suite struct DiagnosticTests {
  @Test func printsLikeSwiftFormat() {
    let d = Diagnostic(
      .error, file: "doc.md", line: 12, column: 3, "unknown curl flag '--frob' (in S26)")
    #expect(d.description == "doc.md:12:3: error: unknown curl flag '--frob' (in S26)")
  }

  @Test func isAlwaysOneLine() {
    let d = Diagnostic(
      .error, file: "doc.md", line: 3, column: 1, "unsupported command 'a\n  b\r\tc\u{1b}'")
    #expect(d.description == "doc.md:3:1: error: unsupported command 'a\\n  b\\r\\tc\\u{1B}'")
    #expect(!d.description.contains("\n"))
  }

  @Test func clampsPositionsToOne() {
    let d = Diagnostic(.warning, file: "doc.md", line: 0, column: -4, "x")
    #expect(d.line == 1 && d.column == 1)
  }

  @Test func sortsByPositionKeepingInsertionOrderForTies() {
    var all = Diagnostics()
    all.append(Diagnostic(.error, file: "a.md", line: 9, column: 1, "b"))
    all.append(Diagnostic(.error, file: "a.md", line: 2, column: 5, "a"))
    all.append(Diagnostic(.error, file: "a.md", line: 9, column: 1, "c"))
    #expect(all.sorted.map(\.message) == ["a", "b", "c"])
    #expect(all.hasErrors)
  }

  @Test func quotedInputStaysOnOneLine() {
    let d = Diagnostic(
      .error, file: "do\nc.md", line: 3, column: 1,
      "unsupported command 'a\nb\r\tc\u{1B}[31m\u{7F}\u{85}\u{2028}é\\n'")
    #expect(
      d.description
        == #"do\nc.md:3:1: error: unsupported command 'a\nb\r\tc\u{1B}[31m\u{7F}\u{85}\u{2028}é\n'"#
    )
    #expect(!d.description.contains { $0.isNewline })
  }

  /// End to end: a command name with a newline in quotes is reported on one line.
  @Test func compilerDiagnosticsQuoteNewlinesEscaped() {
    let (_, diagnostics) = Lowered.steps("'frob\nnicate' x")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.contains("'frob\\nnicate'") == true)
    #expect(diagnostics.allSatisfy { !$0.contains { $0.isNewline } })
  }

  @Test func jqProgramsOverTheLimitAreRejectedBeforeLibjq() {
    let program = "." + String(repeating: " | .", count: JQProgramCheck.maximumProgramBytes / 4)
    let (_, diagnostics) = Lowered.steps("echo '{}' | jq '\(program)'")
    #expect(
      diagnostics == [
        "doc.md:10:16: error: jq program is \(program.utf8.count) bytes, more than the 65536 "
          + "accepted (in S01)"
      ])
  }
}
