import SpecModel
import Testing

@testable import SpecCompiler

/// The text utilities (`paste`, `rev`, `tac`, `comm`, `cmp`, `expr`, `nl`, `fold`): options
/// named by their short letter with their values, operands kept as templates, whether the
/// stage reads standard input, and options the runtime does not take as positioned errors.
@Suite struct TextUtilityLoweringTests {
  @Test(arguments: [
    (
      "paste -s -d , - a.txt",
      TextUtilityCall(.paste, options: [.init("s"), .init("d", ",")], operands: ["-", "a.txt"])
    ),
    (
      "paste --serial --delimiters='\\t'",
      TextUtilityCall(.paste, options: [.init("s"), .init("d", "\\t")])
    ),
    ("rev", TextUtilityCall(.rev)),
    ("tac -bs ::", TextUtilityCall(.tac, options: [.init("b"), .init("s", "::")])),
    (
      "comm -23 --nocheck-order - b",
      TextUtilityCall(
        .comm, options: [.init("2"), .init("3"), .init("nocheck-order")], operands: ["-", "b"])
    ),
    (
      "cmp -s --bytes=4 a",
      TextUtilityCall(.cmp, options: [.init("s"), .init("n", "4")], operands: ["a"])
    ),
    ("nl -ba -w3", TextUtilityCall(.nl, options: [.init("b", "a"), .init("w", "3")])),
    ("fold -40 -s", TextUtilityCall(.fold, options: [.init("w", "40"), .init("s")])),
    (
      "diff -u --label=x - b",
      TextUtilityCall(.diff, options: [.init("u"), .init("label", "x")], operands: ["-", "b"])
    ),
  ])
  func readsStandardInput(_ command: String, _ call: TextUtilityCall) {
    let pipeline = Lowered.pipeline("printf 'a\\n' | " + command)
    #expect(pipeline?.filters == [.text(call)])
  }

  @Test func keepsRunTimeWordsAsTemplates() {
    let pipeline = Lowered.pipeline("paste -d \"$SEP\" \"$A\" b")
    #expect(pipeline?.source == .empty)
    #expect(
      pipeline?.filters == [
        .text(
          TextUtilityCall(
            .paste, options: [.init("d", Template([.variable("SEP")]))],
            operands: [Template([.variable("A")]), "b"]))
      ])
  }

  @Test func exprTakesEveryWordAsAnOperand() {
    let pipeline = Lowered.pipeline("expr -- -5 + \"$N\"")
    #expect(pipeline?.source == .empty)
    #expect(
      pipeline?.filters == [
        .text(TextUtilityCall(.expr, operands: ["-5", "+", Template([.variable("N")])]))
      ])
  }

  @Test(arguments: [
    ("paste -x a", "paste option '-x' is not supported"),
    ("tac -r a", "tac option '-r' is not supported"),
    ("comm --foo a b", "comm option '--foo' is not supported"),
    ("cmp -l a b", "cmp option '-l' is not supported"),
    ("cmp a b 1 2", "cmp: extra operand"),
    ("nl -h a x", "nl option '-h' is not supported"),
    ("fold -t a", "fold option '-t' is not supported"),
    ("expr --version", "expr option '--version' is not supported"),
    ("diff -w a b", "diff option '-w' is not supported"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
