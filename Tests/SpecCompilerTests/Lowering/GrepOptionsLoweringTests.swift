import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct GrepOptionsLoweringTests {
  @Test func contextNumbersNamesAndPatternLists() {
    var expected = GrepInvocation(pattern: Template([.literal("a\n"), .variable("P")]))
    expected.afterContext = 2
    expected.beforeContext = 1
    expected.lineNumbers = true
    expected.withFilename = true
    expected.noMessages = true
    expected.files = ["f.txt"]
    #expect(
      Lowered.pipeline("grep -C1 -A2 -nHs -e a -e \"$P\" f.txt")?.filters == [.grep(expected)])
  }

  @Test(arguments: [
    ("grep -A x a", "grep: x: invalid context length argument"),
    ("grep -B -1 a", "grep: -1: invalid context length argument"),
    ("grep -C \"$N\" a", "invalid context length argument"),
    ("grep -f pats a", "grep option '-f' is not supported"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }

  /// File operands live on grep (which opens them); first in a pipeline it has no input.
  @Test func fileOperandsAreGrepsOwn() {
    var expected = GrepInvocation(pattern: "a")
    expected.withFilename = false
    expected.files = ["f1", Template([.variable("F")])]
    let pipeline = Lowered.pipeline("grep -h a f1 \"$F\"")
    #expect(pipeline?.source == .empty)
    #expect(pipeline?.filters == [.grep(expected)])
    expected.withFilename = nil
    expected.files = ["-", "f1"]
    #expect(Lowered.pipeline("printf 'a\\n' | grep a - f1")?.filters.last == .grep(expected))
  }
}
