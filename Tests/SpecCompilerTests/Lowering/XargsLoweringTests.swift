import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct XargsLoweringTests {
  private func xargs(_ command: String) -> XargsInvocation? {
    let (steps, _) = Lowered.steps(command)
    for step in steps.reversed() {
      if case .pipeline(let pipeline) = step.action, case .xargs(let xargs)? = pipeline.filters.last
      {
        return xargs
      }
    }
    return nil
  }

  @Test func defaultsToEchoWithTheItemsAsPositionalParameters() throws {
    let lowered = try #require(xargs("printf 'a b' | xargs"))
    #expect(lowered.command.first == "echo")
    #expect(lowered.command.count == 2)
    #expect(lowered.run != nil)
  }

  @Test func options() throws {
    let lowered = try #require(xargs("printf x | xargs -0rt -n 1 printf '%s\\n'"))
    #expect(lowered.delimiter == 0)
    #expect(lowered.noRunIfEmpty && lowered.trace)
    #expect(lowered.maxArgs == 1)
    #expect(try #require(xargs("printf x | xargs -d '\\n' -L2 echo")).delimiter == 10)
    #expect(try #require(xargs("printf x | xargs -i echo {}")).replace == "{}")
    #expect(try #require(xargs("printf x | xargs -I % echo %")).replace == "%")
  }

  /// A shell function or a builtin is not a program: xargs fails to run it (no steps).
  @Test func functionsAndBuiltinsAreNotPrograms() throws {
    #expect(try #require(xargs("f() { echo; }\nprintf x | xargs f")).run == nil)
    #expect(try #require(xargs("printf x | xargs cd")).run == nil)
    // A function named like a program does not hide it.
    #expect(try #require(xargs("echo() { :; }\nprintf x | xargs echo")).run != nil)
  }

  @Test(arguments: [
    ("xargs -P 4 echo", "xargs option '-P' is not supported"),
    ("xargs -n 0 echo", "xargs: option '-n' needs a literal positive count"),
    ("xargs -n 2 -L 1 echo", "xargs: -n, -L and -I together are not supported"),
    // grep's file operands take one word each: `"$@"` is the lowering's own error.
    ("xargs grep x", "which 'grep' cannot take as arguments"),
    ("xargs nosuchcommand", "nosuchcommand"),
    ("xargs echo \"$1\"", "xargs: a command word reading the positional parameters"),
  ])
  func unsupportedIsADiagnostic(_ command: String, _ message: String) {
    let (_, diagnostics) = Lowered.steps("printf x | " + command)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}
