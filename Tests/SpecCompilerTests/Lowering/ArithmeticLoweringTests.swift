import SpecModel
import Testing

@testable import SpecCompiler

/// Arithmetic is parsed when the document is compiled: a bad expression is one positioned
/// error, a good one is typed IR.
@Suite struct ArithmeticLoweringTests {
  func compile(_ bash: String) -> DocumentCompiler.Output {
    let text = "# Test\n\n## Checks\n\n### S01 Probe\n\nDoes a thing.\n\n```bash\n\(bash)\n```\n"
    return DocumentCompiler.compile(markdown: text, file: "doc.md")
  }

  @Test func badExpressionIsAPositionedError() {
    let output = compile("(( n + ))")
    #expect(
      output.diagnostics.map(\.description).contains {
        $0.hasPrefix("doc.md:10:6: error: arithmetic: n +: syntax error: operand expected")
      }, "\(output.diagnostics.map(\.description))")
  }

  @Test func badConstantInExpansionIsAnError() {
    let output = compile("echo $((09))")
    #expect(output.hasErrors)
    #expect(
      output.diagnostics.map(\.description).contains {
        $0.contains("error: arithmetic: 09: value too great for base")
      })
  }

  @Test func commandsBecomeTypedSteps() throws {
    let output = compile(
      "(( i++ ))\nlet 'a = 1' b=2\nfor ((j = 0; j < 2; j++)); do echo \"$((j * 2))\"; done")
    let steps = try #require(output.compiled?.scenarios.first?.steps)
    #expect(steps.count == 3)
    #expect(steps[0].action == .arithmetic(ArithmeticCommand([try ArithmeticParser.parse("i++")])))
    guard case .arithmetic(let command) = steps[1].action, command.isLet else {
      Issue.record("let is an arithmetic command")
      return
    }
    #expect(command.expressions.map(\.text) == ["a = 1", "b=2"])
    guard case .arithmeticFor(let loop) = steps[2].action else {
      Issue.record("for (( )) is an arithmetic loop")
      return
    }
    #expect(loop.condition?.text == "j < 2")
  }
}
