import Shell
import SpecModel
import Testing

@testable import SpecCompiler

/// Where command substitutions are hoisted into capture steps, and the one error reported for
/// what stays unsupported.
@Suite struct CommandSubstitutionLoweringTests {
  /// A substitution that cannot be lowered is one error, not one more for the test around it.
  @Test(arguments: [
    "[[ \"$(frobnicate)\" == b ]]", "[[ -n $(frobnicate) ]]", "[[ $(frobnicate) ]]",
    "echo \"${x:-$(frobnicate)}\"", "echo $(( $(frobnicate) + 1 ))",
  ])
  func oneErrorPerConstruct(_ line: String) {
    #expect(Lowered.kinds(line) == [LoweringDiagnostic.unsupportedCommand(name: "frobnicate").id])
  }

  /// `[[ A && B ]]`: B's capture is part of B's test, so it runs only when A held.
  @Test func eachTestCarriesItsOwnCaptures() throws {
    let (steps, errors) = Lowered.steps("[[ $(echo a) == a && -n \"$(echo b)\" ]]")
    #expect(errors.isEmpty)
    guard steps.count == 1, case .test(.and(let operands)) = steps[0].action else {
      Issue.record("expected one test of two operands: \(steps)")
      return
    }
    #expect(operands.count == 2)
    for operand in operands {
      guard case .substituted(let captures, _) = operand else {
        Issue.record("expected captures in \(operand)")
        continue
      }
      #expect(captures.count == 1)
    }
  }

  /// `${X:-$(cmd)}`: the capture is guarded by a test of X, before the command.
  @Test func aDefaultValueCaptureIsGuarded() {
    let (steps, errors) = Lowered.steps("echo \"${X:-$(echo d)}\"")
    #expect(errors.isEmpty)
    guard steps.count == 2, case .ifElse(let guarded) = steps[0].action else {
      Issue.record("expected a guarded capture before the command: \(steps)")
      return
    }
    #expect(
      guarded.branches.first?.condition.map(\.action) == [
        .test(
          .unary(
            .emptyString,
            Template([
              .expansion(
                ParameterExpansion(name: "X", operation: .useAlternative("1", nullIsUnset: true)))
            ])))
      ])
  }

  /// What stays unsupported is still a positioned error: a `case` pattern's substitution (bash
  /// expands patterns one at a time, until one matches).
  @Test func aSubstitutionInACasePatternIsAnError() {
    #expect(
      Lowered.kinds("case x in $(echo a)) echo a ;; esac")
        == [LoweringDiagnostic.commandSubstitutionPlacement.id])
  }
}
