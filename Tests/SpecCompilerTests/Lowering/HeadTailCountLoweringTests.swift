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
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }

  /// With file operands the filter names the command (its messages and headers are head's or
  /// tail's), whatever the count.
  @Test(arguments: [
    ("head -n 1 a", Filter.head(HeadTailCount(unit: .lines, count: "1", files: ["a"]))),
    ("head a b", .head(HeadTailCount(unit: .lines, count: "10", files: ["a", "b"]))),
    ("head -c 4 a", .head(HeadTailCount(unit: .bytes, count: "4", files: ["a"]))),
    ("tail -n +2 a", .tail(HeadTailCount(unit: .lines, count: "+2", files: ["a"]))),
    ("tail -3 a b", .tail(HeadTailCount(unit: .lines, count: "3", files: ["a", "b"]))),
    ("tail -c 5 a", .tail(HeadTailCount(unit: .bytes, count: "5", files: ["a"]))),
  ])
  func fileOperandsNameTheCommand(_ command: String, _ filter: Filter) {
    let pipeline = Lowered.pipeline(command)
    #expect(pipeline?.source == .empty)
    #expect(pipeline?.filters == [filter])
  }
}
