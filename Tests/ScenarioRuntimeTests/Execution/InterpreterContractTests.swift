import Foundation
import ScenarioRuntime
import SpecModel
import Testing

/// The interpreter's contract with the runner: overrides, failure points, secrets, `$$`,
/// cancellation, and the step-list entry point.
@Suite struct InterpreterContractTests {
  @Test func overridesWinOverSetupAssignmentsOnly() async throws {
    let result = try await Snippet.interpret(
      setup: "BASE_URL=http://localhost:8080\nexport MODE=setup\nOTHER=setup",
      "echo \"$BASE_URL $MODE $OTHER\"\nBASE_URL=scenario\necho \"$BASE_URL\"",
      variables: ["BASE_URL": "http://given", "MODE": "given"],
      overrides: ["BASE_URL", "MODE"])
    #expect(result.out == "http://given given setup\nscenario\n")
  }

  @Test func overridesWinOverEnvironmentFiles() async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "BASE_URL=http://from-env-file\nTOKEN='s3cr3t value'\nEMPTY=\n".write(
      toFile: directory + "/.env", atomically: true, encoding: .utf8)
    let compiled = try Snippet.compile(
      setup: "set -a\nsource .env\nset +a", "echo \"$BASE_URL $TOKEN\"")
    let result = await Snippet.interpret(
      compiled, in: directory, variables: ["BASE_URL": "http://given"], overrides: ["BASE_URL"])
    #expect(result.out == "http://given s3cr3t value\n")
    #expect(Set(result.secrets) == ["http://from-env-file", "s3cr3t value"])
  }

  @Test func failurePointIsTheInnermostFailingStep() async throws {
    let result = try await Snippet.interpret("echo a\n{\n  echo b\n  false\n}\necho never")
    #expect(result.status == 1)
    #expect(result.failure == FailurePoint(owner: "S01", line: 8, status: 1))
  }

  @Test func failurePointInsideASetupFunction() async throws {
    let result = try await Snippet.interpret(
      setup: "check() {\n  [ \"$1\" = ok ] || return 3\n}", "check ok\ncheck bad\necho never")
    #expect(result.status == 3)
    // The function was defined by the setup block: its lines count from that heading.
    #expect(result.failure == FailurePoint(owner: "common-environment", line: 4, status: 3))
  }

  @Test func failurePointOfASetupBlock() async throws {
    let result = try await Snippet.interpret(setup: "echo setup\nfalse", "echo never")
    #expect(result.failure == FailurePoint(owner: "common-environment", line: 4, status: 1))
    #expect(result.out == "setup\n")
  }

  @Test func failurePointOfAnExplicitExit() async throws {
    let result = try await Snippet.interpret(
      "[ -n \"\" ] || {\n  echo \"error: empty\" >&2\n  exit 2\n}")
    #expect(result.failure == FailurePoint(owner: "S01", line: 6, status: 2))
    #expect(result.err == "error: empty\n")
  }

  @Test func noFailurePointOnSuccessOrExitZero() async throws {
    #expect(try await Snippet.interpret("false || true").failure == nil)
    #expect(try await Snippet.interpret("false || exit 0\necho never").failure == nil)
  }

  @Test func processIDIsTheContexts() async throws {
    let result = try await Snippet.interpret("echo \"$$\"")
    #expect(result.out == "4242\n")
  }

  @Test func backgroundJobsGetDistinctMadeUpPIDs() async throws {
    let result = try await Snippet.interpret(
      "sleep 0 &\nA=$!\nsleep 0 &\nB=$!\n[ \"$A\" != \"$B\" ] && [ \"$A\" -gt 4242 ] && echo distinct\nwait"
    )
    #expect(result.out == "distinct\n")
  }

  /// bash prints `kill: (PID) - No such process` for a job that ended, but documents send it to
  /// /dev/null, which the IR does not keep: the interpreter only fails.
  @Test func killingAnEndedJobFailsQuietly() async throws {
    let result = try await Snippet.interpret(
      """
      printf x > done.flag &
      P=$!
      for _ in $(seq 1 200); do
        [ ! -f done.flag ] || break
        sleep 0.05
      done
      sleep 0.5
      kill "$P" || echo "rc=$?"
      wait "$P"
      echo "waited $?"
      """)
    #expect(result.out == "rc=1\nwaited 0\n")
    #expect(result.err == "")
  }

  @Test func cancellationStopsPromptlyAndRunsTheTrap() async throws {
    let compiled = try Snippet.compile(
      "trap 'echo cleanup' EXIT\necho start\nsleep 300\necho never")
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let task = Task { await Snippet.interpret(compiled, in: directory) }
    try await Task.sleep(for: .milliseconds(100))
    let clock = ContinuousClock()
    let start = clock.now
    task.cancel()
    let result = await task.value
    // Far below the 300 s of the sleep, with room for a busy machine.
    #expect(clock.now - start < .seconds(60))
    #expect(result.status == 124)
    #expect(result.out == "start\ncleanup\n")
    #expect(result.failure?.line == 7)
  }

  @Test func cancellationStopsAHangingTransfer() async throws {
    let transport = FakeTransport(["http://api.test/hang": .init(hangs: true)])
    let compiled = try Snippet.compile("curl -sS \"$BASE_URL/hang\"")
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let task = Task {
      await Snippet.interpret(
        compiled, in: directory, variables: ["BASE_URL": "http://api.test"], transport: transport)
    }
    try await Task.sleep(for: .milliseconds(100))
    task.cancel()
    let result = await task.value
    #expect(result.status == 124)
  }

  @Test func stepListEntryPoint() async throws {
    let steps = [
      Step(line: 1, .assign(Assignment(name: "V", value: "a.b.c"))),
      Step(
        line: 2,
        .pipeline(
          Pipeline(
            source: .text(
              Template([
                .expansion(
                  ParameterExpansion(
                    name: "V", operation: .removeSuffix(Template(literal: ".*"), longest: true))),
                .literal("\n"),
              ]))))),
      Step(line: 3, .status(3)),
    ]
    let context = ExecutionContext(
      variables: [:], workingDirectory: "/", processID: 1, transport: FakeTransport())
    let result = await ScenarioInterpreter.run(steps: steps, owner: "T", context: context)
    #expect(result.out == "a\n")
    #expect(result.status == 3)
    #expect(result.failure == FailurePoint(owner: "T", line: 3, status: 3))
  }

  @Test func environmentsRunBeforeTheScenarioInOneShell() async throws {
    let common = Environment(
      id: "common", title: "Common",
      steps: [
        Step(line: 1, .assign(Assignment(name: "A", value: "1"))),
        Step(
          line: 2,
          .function(
            FunctionDefinition(
              name: "show",
              body: [
                Step(
                  line: 3,
                  .pipeline(
                    Pipeline(
                      source: .text(Template([.variable("A"), .variable("1"), .literal("\n")])))))
              ]))),
      ])
    let scenario = Scenario(
      id: "S9", title: "t",
      steps: [Step(line: 1, .call(FunctionCall(name: "show", arguments: ["-x"])))])
    let context = ExecutionContext(
      variables: [:], workingDirectory: "/", processID: 1, transport: FakeTransport())
    let result = await ScenarioInterpreter.run(
      environments: [common], scenario: scenario, context: context)
    #expect(result.out == "1-x\n")
    #expect(result.status == 0)
  }
}
