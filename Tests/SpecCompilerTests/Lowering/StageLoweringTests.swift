import SpecModel
import Testing

@testable import SpecCompiler

/// Shell code as pipeline stages, redirected commands, `read` and recorded substitutions.
@Suite struct StageLoweringTests {
  static let helper = "helper() {\n  tr a-z A-Z\n}\n"

  @Test func functionAfterAPipeIsAShellFilter() throws {
    let (steps, diagnostics) = Lowered.steps(Self.helper + "echo hi | helper")
    #expect(diagnostics.isEmpty)
    guard case .pipeline(let pipeline) = try #require(steps.last).action,
      case .shell(let stage)? = pipeline.filters.first
    else {
      Issue.record("expected a shell filter, got \(steps)")
      return
    }
    #expect(pipeline.source == .text("hi\n"))
    #expect(stage.map(\.action) == [.call(FunctionCall(name: "helper"))])
  }

  @Test func functionBeforeAPipeIsAShellSource() throws {
    let (steps, diagnostics) = Lowered.steps(Self.helper + "helper | sort")
    #expect(diagnostics.isEmpty)
    guard case .pipeline(let pipeline) = try #require(steps.last).action,
      case .shell(let stage) = pipeline.source
    else {
      Issue.record("expected a shell source, got \(steps)")
      return
    }
    #expect(stage.map(\.action) == [.call(FunctionCall(name: "helper"))])
  }

  @Test func filterFirstInAFunctionBodyReadsStandardInput() throws {
    let (steps, diagnostics) = Lowered.steps(Self.helper)
    #expect(diagnostics.isEmpty)
    guard case .function(let definition) = try #require(steps.first).action,
      case .pipeline(let pipeline) = try #require(definition.body.first).action
    else {
      Issue.record("expected a function, got \(steps)")
      return
    }
    #expect(pipeline.source == .stdin)
  }

  @Test func filterFirstAtTopLevelIsStillAnError() {
    #expect(
      Lowered.kinds("tr a-z A-Z").contains(LoweringDiagnostic.readsScenarioInput(command: "tr").id))
  }

  @Test func loopWithInputRedirectionIsOneRedirectedStep() throws {
    let (steps, diagnostics) = Lowered.steps(
      "while IFS= read -r l; do\n  echo \"$l\"\ndone < in.txt")
    #expect(diagnostics.isEmpty)
    guard case .redirected(let redirected) = try #require(steps.first).action,
      case .whileLoop(let loop) = try #require(redirected.body.first).action
    else {
      Issue.record("expected a redirected loop, got \(steps)")
      return
    }
    #expect(redirected.input == .file("in.txt"))
    #expect(loop.condition.map(\.action) == [.read(ReadStep(names: ["l"], raw: true, ifs: ""))])
  }

  @Test func readOptions() throws {
    let (steps, diagnostics) = Lowered.steps("read -r -d , A B <<< \"$V\"")
    #expect(diagnostics.isEmpty)
    guard case .redirected(let redirected) = try #require(steps.first).action else {
      Issue.record("expected a redirected read, got \(steps)")
      return
    }
    #expect(
      redirected.body.map(\.action) == [
        .read(ReadStep(names: ["A", "B"], raw: true, delimiter: ","))
      ])
  }

  @Test func readRejectsAPromptButTakesAnArray() {
    #expect(Lowered.steps("read -p 'x' A <<< y").1.contains { $0.contains("'-p'") })
    #expect(Lowered.steps("read -r -a A <<< y").1.isEmpty)
  }

  @Test func localSubstitutionIsOneStep() throws {
    let (steps, diagnostics) = Lowered.steps(
      Self.helper + "g() {\n  local z=$(helper < in.txt)\n}")
    #expect(diagnostics.isEmpty)
    guard case .function(let definition) = try #require(steps.last).action else {
      Issue.record("expected a function, got \(steps)")
      return
    }
    #expect(definition.body.count == 1)
    guard case .assign(let assignment) = try #require(definition.body.first).action else {
      Issue.record("expected an assignment, got \(definition.body)")
      return
    }
    #expect(assignment.local && assignment.name == "z" && assignment.value == nil)
    guard case .redirected? = assignment.substitution?.action else {
      Issue.record(
        "expected the redirected call, got \(String(describing: assignment.substitution))")
      return
    }
  }
}
