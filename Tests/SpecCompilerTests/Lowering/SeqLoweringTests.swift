import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct SeqLoweringTests {
  @Test(arguments: [
    ("seq 3", SeqInvocation(last: "3")),
    ("seq 2 5", SeqInvocation(first: "2", last: "5")),
    ("seq 10 -2 1", SeqInvocation(first: "10", increment: "-2", last: "1")),
    ("seq -5 -1", SeqInvocation(first: "-5", last: "-1")),
    ("seq -s, -w 9 11", SeqInvocation(first: "9", last: "11", separator: ",", equalWidth: true)),
    ("seq --format=%.1f 2", SeqInvocation(last: "2", format: "%.1f")),
    ("seq -f '%g' -- 3", SeqInvocation(last: "3", format: "%g")),
    ("seq \"$N\"", SeqInvocation(last: Template([.variable("N")]))),
  ])
  func options(_ command: String, _ seq: SeqInvocation) {
    #expect(Lowered.pipeline(command)?.source == .sequence(seq))
  }

  @Test(arguments: [
    ("seq", "seq: missing operand"),
    ("seq 1 2 3 4", "seq: extra operand"),
    ("seq -x 3", "seq option '-x' is not supported"),
    ("seq -w -f %g 3", "format string may not be specified when printing equal width strings"),
    ("seq -s", "seq option '-s' needs a value"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
