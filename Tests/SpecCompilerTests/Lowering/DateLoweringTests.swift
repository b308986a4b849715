import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct DateLoweringTests {
  @Test(arguments: [
    ("date", DateInvocation()),
    ("date -u +%s", DateInvocation(utc: true, output: .format("%s"))),
    ("date -ud @5 -Iseconds", DateInvocation(utc: true, date: "@5", output: .iso8601(.seconds))),
    ("date --date=2024-01-02 -I", DateInvocation(date: "2024-01-02", output: .iso8601(.date))),
    ("date --iso-8601=min", DateInvocation(output: .iso8601(.minutes))),
    ("date --rfc-3339=ns", DateInvocation(output: .rfc3339(.ns))),
    ("date -R --utc", DateInvocation(utc: true, output: .rfcEmail)),
    (
      "date \"+%F $X\"",
      DateInvocation(output: .format(Template([.literal("%F "), .variable("X")])))
    ),
  ])
  func options(_ command: String, _ date: DateInvocation) {
    #expect(Lowered.pipeline(command)?.source == .date(date))
  }

  @Test func dateFormatInsideAWordStaysATemplatePart() {
    let pipeline = Lowered.pipeline("echo \"at $(date +%s)\"")
    #expect(
      pipeline?.source == .text(Template([.literal("at "), .date(format: "%s"), .literal("\n")])))
  }

  @Test(arguments: [
    ("date -x", "date option '-x' is not supported"),
    ("date --set=now", "date option '--set=now' is not supported"),
    ("date 0101", "date operand must be '+FORMAT'"),
    ("date +%s -I", "date: multiple output formats specified"),
    ("date -Ifoo", "date: invalid argument 'foo' for '-Ifoo'"),
    ("date --rfc-3339=hours", "date: invalid argument 'hours' for '--rfc-3339'"),
    ("date -d", "date option '-d' needs a value"),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps(command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
