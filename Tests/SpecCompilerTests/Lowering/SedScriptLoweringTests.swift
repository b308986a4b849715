import SpecModel
import Testing

@testable import SpecCompiler

/// Command lines beyond the short forms lower to `Filter.sed`, checked by the Sed parser.
@Suite struct SedScriptLoweringTests {
  static func filters(_ command: String) -> [Filter]? {
    Lowered.pipeline("curl -sS \"$U\" | " + command)?.filters
  }

  @Test func severalExpressionsAndBranchesLowerToTheSedFilter() {
    #expect(
      Self.filters("sed -e ':a' -e 'N;$!ba' -e 's/\\n/,/g'")
        == [
          .sed(
            SedInvocation(scripts: [
              .expression(":a"), .expression("N;$!ba"), .expression("s/\\n/,/g"),
            ]))
        ])
    #expect(
      Self.filters("sed -nE 's/a+/b/;T;p'")
        == [.sed(SedInvocation(scripts: [.expression("s/a+/b/;T;p")], quiet: true, extended: true))]
    )
    #expect(
      Self.filters("sed -s -z -l 20 -f edit.sed")
        == [
          .sed(
            SedInvocation(
              scripts: [.file("edit.sed")], separate: true, nullData: true, lineWrap: 20))
        ])
  }

  @Test func fileOperandsStayInTheInvocation() {
    let pipeline = Lowered.pipeline("sed -n '$=' a.txt \"$F\"")
    #expect(pipeline?.source == .empty)
    guard case .sed(let invocation)? = pipeline?.filters.first else {
      Issue.record("not a sed filter: \(String(describing: pipeline))")
      return
    }
    #expect(invocation.files.count == 2)
    #expect(invocation.files.first == "a.txt")
  }

  /// The short forms read standard input; with a file operand the filter is sed's own, which
  /// opens it (with sed's messages).
  @Test func aShortFormWithAFileIsSedsOwn() {
    let pipeline = Lowered.pipeline("sed -n '1,20p' \"$F\"")
    #expect(pipeline?.source == .empty)
    #expect(
      pipeline?.filters == [
        .sed(
          SedInvocation(
            scripts: [.expression("1,20p")], quiet: true, files: [Template([.variable("F")])]))
      ])
  }

  @Test func theShortFormsStay() {
    #expect(
      Self.filters("sed -n '2,3p'") == [.lines(LineRange(from: 2, to: 3, readsToEnd: true))])
    #expect(
      Self.filters("sed -e 's/a/b/'")
        == [.substitute(SedSubstitution(pattern: "a", replacement: "b"))])
  }

  @Test func aBadScriptIsAnErrorAtItsPlace() {
    let errors = Lowered.steps("curl -sS \"$U\" | sed -e 'p' -e 's/a/b/gg'").1
    #expect(
      errors.contains {
        $0.contains("sed: -e expression #2, char 8: multiple `g' options to `s' command")
      }, "\(errors)")
    // The column is the flag's: 'p' -e 's/a/b/g[g]'.
    let column = "curl -sS \"$U\" | sed -e 'p' -e 's/a/b/g".count + 1
    #expect(errors.contains { $0.contains(":\(column):") }, "\(errors)")
    #expect(!Lowered.steps("curl -sS \"$U\" | sed 'bnowhere'").1.isEmpty)
    #expect(!Lowered.steps("curl -sS \"$U\" | sed -i 's/a/b/' f").1.isEmpty)
  }
}
