import SpecModel
import Testing

@testable import SpecCompiler

/// Every problem of a document is reported in one run, at its markdown position.
@Suite struct LoweringDiagnosticsTests {
  @Test func allProblemsOfADocumentAreReportedWithPositions() {
    let markdown = """
      # Doc

      ## Checks

      ### S01 One

      Bad jq.

      ```bash
      curl -sS "$U" | jq '.data[' 
      ```

      ### S02 Two

      Unknown command and option.

      ```bash
      frobnicate --now
      curl --bogus "$U"
      ```
      """
    let output = DocumentCompiler.compile(markdown: markdown, file: "doc.md")
    // Lowering errors make their scenarios unsupported; the document still compiles.
    #expect(output.compiled?.scenarios.map(\.isSupported) == [false, false])
    let lines = output.diagnostics.map(\.description)
    #expect(lines.count == 3)
    #expect(
      lines[0]
        == "doc.md:10:20: error: jq program does not compile: syntax error, unexpected $end "
        + "(Unix shell quoting issues?) at <top-level>, line 1: .data[ (in S01)")
    #expect(lines[1] == "doc.md:18:1: error: unsupported command 'frobnicate' (in S02)")
    #expect(lines[2] == "doc.md:19:6: error: unknown curl option '--bogus' (in S02)")
  }

  @Test func bashSyntaxErrorsPointIntoTheBlock() {
    let output = Lowered.compile(Lowered.document("echo ok\necho \"unterminated"))
    #expect(output.diagnostics.count == 1)
    #expect(output.diagnostics.first?.line == 11)
    #expect(output.diagnostics.first?.column == 6)
    #expect(output.diagnostics.first?.message.contains("(in S01)") == true)
  }

  /// `$-` has no template form (the fuzzer found YAML that its own decoder rejected): it is an
  /// error at its word, in any position a parameter can stand.
  @Test(arguments: ["mkdir $-p", "echo \"flags: $-\"", "X=${-}"])
  func optionFlagsParameterIsRejectedAtItsWord(_ line: String) {
    #expect(Lowered.kinds(line) == [LoweringDiagnostic.optionFlagsParameter.id])
  }

  @Test func spliceOutsideAJQStringIsRejected() {
    #expect(Lowered.kinds(#"jq -n ".[$IDX]""#) == [CommandUsageDiagnostic.jqSplicedExpansion.id])
  }
}

@Suite struct RedirectionEdgeTests {
  @Test func colonRedirectEmptiesAFile() {
    #expect(
      Lowered.pipeline(": > \"$F\"")
        == Pipeline(
          source: .text(Template([])),
          sink: .file(Template([.variable("F")]), append: false, mode: nil)))
  }

  @Test func functionStderrRedirectIsReportedNotDropped() {
    let (_, diagnostics) = Lowered.steps("f() {\n  echo hi\n}\nf 2>/dev/null")
    #expect(
      diagnostics == [
        "doc.md:13:3: error: redirecting the standard error of function 'f' is not supported (in S01)"
      ])
  }
}
