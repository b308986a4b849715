import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct HeadTailCountLoweringTests {
  @Test(arguments: [
    ("head -n 3", Filter.lines(LineRange(from: 1, to: 3))),
    ("head -c 4", .bytes(ByteRange(count: 4))),
    ("tail -n +2", .lines(LineRange(from: 2))),
    ("tail -5", .lines(LineRange(last: 5))),
    ("head -n \"$N\"", .head(HeadTailCount(unit: .lines, count: Template([.variable("N")])))),
    ("head -n -2", .head(HeadTailCount(unit: .lines, count: "-2"))),
    ("head -c 1K", .head(HeadTailCount(unit: .bytes, count: "1K"))),
    (
      "tail -n \"+$N\"",
      .tail(HeadTailCount(unit: .lines, count: Template([.literal("+"), .variable("N")])))
    ),
    ("tail -c 5", .tail(HeadTailCount(unit: .bytes, count: "5"))),
  ])
  func countsKnownAtRunTimeAreTemplates(_ command: String, _ filter: Filter) {
    #expect(Lowered.pipeline("printf 'a\\n' | " + command)?.filters == [filter])
  }

  @Test(arguments: [
    ("head -q", "head option '-q' is not supported"),
    ("tail -f", "tail option '-f' is not supported"),
    ("head -n 1 a b", "head over several files is not supported"),
    ("tail -n 1 a b", "tail over several files is not supported"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
