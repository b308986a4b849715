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

  @Test func numbersBashReadsDifferentlyAreFormattedAtRunTime() {
    #expect(
      Lowered.pipeline("printf '%d\\n' 010")?.source
        == .printf(PrintfCall(format: "%d\\n", arguments: ["010"])))
    #expect(
      Lowered.pipeline("printf '%d' \"$N\"")?.source
        == .printf(PrintfCall(format: "%d", arguments: [Template([.variable("N")])])))
    #expect(
      Lowered.pipeline("printf '\\101'")?.source == .printf(PrintfCall(format: "\\101")))
    #expect(Lowered.pipeline("printf '%d|%x' 10 255")?.source == .text("10|ff"))
  }

  @Test func unsupportedConversionsAreDiagnostics() {
    let (_, diagnostics) = Lowered.steps("printf '%q' \"$@\"")
    #expect(diagnostics.contains { $0.contains("printf conversion %q is not supported") })
  }
}
