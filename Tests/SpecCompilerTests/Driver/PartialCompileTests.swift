import SpecModel
import Testing

@testable import SpecCompiler

/// A scenario, a setup function or a setup statement that cannot be lowered affects only what
/// depends on it; errors of the document itself still fail it as a whole.
@Suite struct PartialCompileTests {
  static func document(setup: String, _ scenarios: [(String, String)]) -> String {
    var text = "# Doc\n\n## Common environment\n\n```bash\n\(setup)\n```\n\n## Checks\n\n"
    for (index, (title, bash)) in scenarios.enumerated() {
      text += "### S0\(index + 1) \(title)\n\nDoes a thing.\n\n```bash\n\(bash)\n```\n\n"
    }
    return text
  }

  static func compile(setup: String = "export U=http://x", _ scenarios: [(String, String)]) throws
    -> (CompiledDocument, DocumentCompiler.Output)
  {
    let output = DocumentCompiler.compile(
      markdown: document(setup: setup, scenarios), file: "doc.md")
    return (try #require(output.compiled, "\(output.diagnostics)"), output)
  }

  static func scenario(_ compiled: CompiledDocument, _ id: String) throws -> Scenario {
    try #require(compiled.scenarios.first { $0.id == id })
  }

  @Test func aScenarioThatCannotBeLoweredIsKeptWithItsErrorsAndTheOthersCompile() throws {
    let (compiled, output) = try Self.compile([
      ("Fine", "echo one"),
      ("Broken", "echo two\ncoproc cat /etc/hostname"),
      ("Also fine", "echo three"),
    ])
    #expect(compiled.scenarios.map(\.isSupported) == [true, false, true])
    let broken = try Self.scenario(compiled, "S02")
    #expect(broken.steps.isEmpty)
    // Heading at line 19, block from line 24: `coproc` is on the block's second line.
    #expect(
      broken.unsupported == [
        LoweringError(line: 6, column: 1, message: "unsupported command 'coproc'")
      ])
    #expect(
      output.diagnostics.map(\.description) == [
        "doc.md:25:1: error: unsupported command 'coproc' (in S02)"
      ])
    #expect(output.loweringDiagnostics == output.diagnostics)
    #expect(output.documentDiagnostics.isEmpty)
    #expect(try Self.scenario(compiled, "S03").steps.count == 1)
  }

  @Test func aJQProgramThatDoesNotCompileMakesOnlyItsScenarioUnsupported() throws {
    let (compiled, output) = try Self.compile([
      ("Bad jq", "jq -n '.data['"), ("Good jq", "jq -n '.data'"),
    ])
    #expect(compiled.scenarios.map(\.isSupported) == [false, true])
    let message = try #require(compiled.scenarios[0].unsupported.first?.message)
    #expect(message.hasPrefix("jq program does not compile: syntax error"))
    #expect(output.diagnostics.count == 1)
  }

  @Test func aSetupFunctionThatCannotBeLoweredOnlyAffectsItsCallers() throws {
    let setup = """
      export U=http://x
      greet() {
        echo "hello $1"
      }
      watch() {
        coproc cat /etc/hostname
      }
      relay() {
        watch
      }
      """
    let (compiled, output) = try Self.compile(
      setup: setup,
      [("Greets", "greet world"), ("Watches", "echo a\nwatch"), ("Relays", "relay")])
    let environment = try #require(compiled.document.environments.first)
    #expect(environment.functions == ["greet", "relay", "watch"])
    #expect(environment.unsupported.isEmpty)
    // Heading at line 3; `watch` is defined on line 10 of the markdown, `relay` on line 13.
    #expect(
      environment.unsupportedFunctions == [
        UnsupportedFunction(
          name: "watch", line: 7,
          unsupported: [LoweringError(line: 8, column: 3, message: "unsupported command 'coproc'")]
        ),
        UnsupportedFunction(
          name: "relay", line: 10,
          unsupported: [LoweringError(line: 8, column: 3, message: "unsupported command 'coproc'")]
        ),
      ])
    // Neither definition is left in the steps; `greet`'s is.
    let defined = environment.steps.compactMap { step -> String? in
      if case .function(let definition) = step.action { return definition.name }
      return nil
    }
    #expect(defined == ["greet"])
    #expect(try Self.scenario(compiled, "S01").isSupported)
    let watches = try Self.scenario(compiled, "S02")
    #expect(
      watches.unsupported == [
        LoweringError(
          line: 6, column: 1,
          message: "calls function 'watch' of Common environment, which could not be lowered "
            + "(line 11, column 3: unsupported command 'coproc')")
      ])
    let relays = try Self.scenario(compiled, "S03")
    #expect(
      relays.unsupported.map(\.message) == [
        "calls function 'relay' of Common environment, which calls 'watch', which could not be "
          + "lowered (line 11, column 3: unsupported command 'coproc')"
      ])
    #expect(
      output.diagnostics.map(\.description) == [
        "doc.md:11:3: error: unsupported command 'coproc' (in Common environment)",
        "doc.md:34:1: error: calls function 'watch' of Common environment, which could not be "
          + "lowered (line 11, column 3: unsupported command 'coproc') (in S02)",
        "doc.md:42:1: error: calls function 'relay' of Common environment, which calls 'watch', "
          + "which could not be lowered (line 11, column 3: unsupported command 'coproc') (in S03)",
      ])
  }

  @Test func aSetupStatementThatCannotBeLoweredMakesTheScenariosUsingItsEnvironmentUnsupported()
    throws
  {
    let setup = """
      export U=http://x
      exec 3<>/tmp/lock
      """
    let document = Self.document(
      setup: setup, [("Uses it", "echo \"$U\""), ("Does not", "echo hi")]
    )
    .replacingOccurrences(
      of: "## Checks",
      with: "## Auth-enabled runtime environment\n\n```bash\nexport TOKEN=t\n```\n\n## Checks")
    let output = DocumentCompiler.compile(markdown: document, file: "doc.md")
    let compiled = try #require(output.compiled)
    let common = try #require(compiled.document.environments.first)
    #expect(common.unsupported.map(\.line) == [4])
    #expect(common.steps.count == 1)
    #expect(compiled.document.environments.last?.unsupported == [])
    #expect(compiled.scenarios.map(\.isSupported) == [false, true])
    #expect(
      compiled.scenarios[0].unsupported.map(\.message) == [
        "uses Common environment, whose setup could not be lowered (line 7, column 1: "
          + "unsupported command 'exec')"
      ])
    #expect(compiled.scenarios[0].unsupported.first?.line == 0)
  }

  @Test func variablesAFailedSetupStatementAssignsStillAttachItsEnvironment() throws {
    let (compiled, _) = try Self.compile(
      setup: "ITEMS=([1]+=a)", [("Reads it", "echo \"$ITEMS\""), ("Does not", "echo hi")])
    #expect(compiled.document.environments.first?.defines == ["ITEMS"])
    #expect(compiled.scenarios.map(\.isSupported) == [false, true])
  }

  @Test func documentErrorsStillFailTheWholeDocument() {
    let markdown = Self.document(
      setup: "export U=x", [("One", "echo 1"), ("Two", "coproc cat x")]
    ).replacingOccurrences(of: "### S02", with: "### S01")
    let output = DocumentCompiler.compile(markdown: markdown, file: "doc.md")
    #expect(output.compiled == nil)
    #expect(output.documentDiagnostics.contains { $0.message.contains("S01") })
  }
}
