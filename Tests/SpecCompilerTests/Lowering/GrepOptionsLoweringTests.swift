import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct GrepOptionsLoweringTests {
  @Test func contextNumbersNamesAndPatternLists() {
    var expected = GrepInvocation(pattern: Template([.literal("a\n"), .variable("P")]))
    expected.afterContext = 2
    expected.beforeContext = 1
    expected.lineNumbers = true
    expected.filename = "f.txt"
    expected.noMessages = true
    #expect(
      Lowered.pipeline("grep -C1 -A2 -nHs -e a -e \"$P\" f.txt")?.filters == [.grep(expected)])
  }

  @Test(arguments: [
    ("grep -A x a", "grep: x: invalid context length argument"),
    ("grep -B -1 a", "grep: -1: invalid context length argument"),
    ("grep -C \"$N\" a", "invalid context length argument"),
    ("grep -f pats a", "grep option '-f' is not supported"),
    ("grep -e a f1 f2", "grep over several files is not supported"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
