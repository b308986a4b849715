import SpecModel
import Testing

@testable import SpecCompiler

/// `echo -e` and `$'…'` are expanded at compile time by the escapes the runtime's printf reads
/// (`Shell.BackslashEscapes`); output a template cannot hold is not silently changed.
@Suite struct EchoAndDollarQuoteLoweringTests {
  @Test func echoEscapesAreBashs() {
    #expect(Lowered.pipeline("echo -e 'a\\101b|\\0101|\\x41'")?.source == .text("a\\101b|A|A\n"))
    #expect(Lowered.pipeline("echo -e 'a\\cb' c")?.source == .text("a"))
    #expect(Lowered.pipeline("echo $'a\\101\\cA'")?.source == .text("aA\u{1}\n"))
  }

  @Test func bytesThatAreNotUTF8ArePrintedAtRunTime() {
    #expect(
      Lowered.pipeline("echo -e '\\0377'")?.source == .printf(PrintfCall(format: "\\377\\012")))
    #expect(Lowered.kinds("echo $'\\377'").contains(LoweringDiagnostic.nonUTF8DollarQuote.id))
  }
}
