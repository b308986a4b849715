import Shell
import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct PrintfLoweringTests {
  @Test func moreArgumentsThanConversionsReuseTheFormat() {
    #expect(Lowered.pipeline("printf '%s\\n' a b c")?.source == .text("a\nb\nc\n"))
    #expect(Lowered.pipeline("printf '%s=%s;' a 1 b")?.source == .text("a=1;b=;"))
    #expect(
      Lowered.pipeline("printf '[%s]' \"$A\" \"$B\"")?.source
        == .text(
          Template([.literal("["), .variable("A"), .literal("]["), .variable("B"), .literal("]")])))
  }

  @Test func allPositionalParametersAreFormattedAtRunTime() {
    #expect(
      Lowered.pipeline("printf '[%s]' \"$@\"")?.source
        == .printf(PrintfCall(format: "[%s]", arguments: [Template([.variable("@")])])))
  }

  @Test func literalArgumentsAreFoldedByTheRuntimesPrintf() {
    // `BashPrintf`, as at run time: `010` is octal, `\101` is `A`.
    #expect(Lowered.pipeline("printf '%d\\n' 010")?.source == .text("8\n"))
    #expect(Lowered.pipeline("printf '\\101'")?.source == .text("A"))
    #expect(Lowered.pipeline("printf '%d|%x' 10 255")?.source == .text("10|ff"))
    #expect(
      Lowered.pipeline("printf '%d' \"$N\"")?.source
        == .printf(PrintfCall(format: "%d", arguments: [Template([.variable("N")])])))
  }

  @Test func outputATemplateCannotHoldIsFormattedAtRunTime() {
    // An invalid number (reported on standard error, status 1), bytes that are not UTF-8.
    #expect(
      Lowered.pipeline("printf '%d' 12abc")?.source
        == .printf(PrintfCall(format: "%d", arguments: ["12abc"])))
    #expect(
      Lowered.pipeline("printf '\\377'")?.source == .printf(PrintfCall(format: "\\377")))
    #expect(
      Lowered.pipeline("printf '%5s' \"$A\"")?.source
        == .printf(PrintfCall(format: "%5s", arguments: [Template([.variable("A")])])))
  }

  @Test func unsupportedConversionsAreDiagnostics() {
    let (_, diagnostics) = Lowered.steps("printf '%q' \"$@\"")
    #expect(diagnostics.contains { $0.contains("printf conversion %q is not supported") })
  }
}
