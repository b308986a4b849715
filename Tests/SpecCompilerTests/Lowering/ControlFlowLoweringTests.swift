import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct ControlFlowLoweringTests {
  @Test func andListKeepsBothCommands() throws {
    let (steps, _) = Lowered.steps(#"curl -sS "$U" && echo"#)
    guard case .and(let operands) = try #require(steps.first).action else {
      Issue.record("expected and, got \(steps)")
      return
    }
    #expect(operands.count == 2)
    #expect(operands[1].action == .pipeline(Pipeline(source: .text("\n"))))
  }

  @Test func captureOrFailWithMessage() throws {
    let (steps, diagnostics) = Lowered.steps(
      "V=$(printf '%s\\n' \"$J\" | jq -er '.value') || {\n  echo \"error: no value\" >&2\n  exit 1\n}"
    )
    #expect(diagnostics.isEmpty)
    guard case .or(let operands) = try #require(steps.first).action, operands.count == 2,
      case .group(let failure) = operands[1].action
    else {
      Issue.record("expected or with a group, got \(steps)")
      return
    }
    #expect(failure.map(\.action) == [.exit(ExitStep(message: "error: no value\n", status: 1))])
    #expect(failure[0].line == 6)  // relative to the heading: code starts 5 lines below it
  }

  @Test func dotEnvIdiomAndGuard() throws {
    let (steps, _) = Lowered.steps(
      "if [ ! -r .env ]; then\n  echo \"missing\" >&2\n  exit 1\nfi\nset -a\nsource .env\nset +a")
    #expect(steps.count == 2)
    #expect(steps[1].action == .loadEnvironmentFile(".env"))
    guard case .ifElse(let step) = steps[0].action else {
      Issue.record("expected if")
      return
    }
    #expect(step.branches[0].condition.map(\.action) == [.test(.not(.unary(.readable, ".env")))])
  }

  @Test func pollingLoopWithSeqBreakAndSleep() throws {
    let (steps, diagnostics) = Lowered.steps(
      "for _ in $(seq 1 5); do\n  if curl -fsS \"$U\" | grep -q ready; then\n    break\n  fi\n  sleep 0.5\ndone"
    )
    #expect(diagnostics.isEmpty)
    guard case .forEach(let loop) = try #require(steps.first).action else {
      Issue.record("expected for")
      return
    }
    #expect(loop.items == [.sequence(first: 1, last: 5)])
    #expect(loop.body.count == 2)
    #expect(loop.body[1].action == .sleep(0.5))
  }

  @Test func functionsAreDefinedAndCalled() throws {
    let (steps, diagnostics) = Lowered.steps(
      "assert_ok() {\n  jq -e '.ok' \"$1\" > /dev/null\n}\nassert_ok \"$F\"")
    #expect(diagnostics.isEmpty)
    #expect(steps.count == 2)
    #expect(
      steps[1].action
        == .call(FunctionCall(name: "assert_ok", arguments: [Template([.variable("F")])])))
  }

  @Test func doubleBracketTests() throws {
    let (steps, _) = Lowered.steps(#"[[ "$CODE" == 2* && -s "$F" ]]"#)
    #expect(
      steps.first?.action
        == .test(
          .and([
            .binary(.globMatch, Template([.variable("CODE")]), "2*"),
            .unary(.nonEmptyFile, Template([.variable("F")])),
          ])))
  }

  @Test func assignmentKeepsExpansionsSymbolic() throws {
    let (steps, _) = Lowered.steps(#"export QA="${QA:-$(date +%s)-$$}""#)
    let expected = Template([
      .expansion(
        ParameterExpansion(
          name: "QA",
          operation: .useDefault(
            Template([.date(format: "%s"), .literal("-"), .processID]), nullIsUnset: true)))
    ])
    #expect(steps.first?.action == .assign(Assignment(name: "QA", value: expected, exported: true)))
  }
}
