import Foundation
import ScenarioRuntime
import SpecCompiler
import SpecModel
import Testing

/// Small bash blocks compiled with the real compiler, run by the interpreter and, when they do
/// not use curl, by real bash for comparison.
enum Snippet {
  struct Compiled {
    var environments: [Environment]
    var scenario: Scenario
  }

  struct CompileFailure: Error, CustomStringConvertible {
    var diagnostics: [String]
    var description: String { diagnostics.joined(separator: "\n") }
  }

  static func document(setup: String?, _ bash: String) -> String {
    var text = "# Test\n\n"
    if let setup {
      text += "## Common environment\n\n```bash\n\(setup)\n```\n\n"
    }
    text += "## Checks\n\n### S01 Probe\n\nDoes a thing.\n\n```bash\n\(bash)\n```\n"
    return text
  }

  static func compile(setup: String? = nil, _ bash: String) throws -> Compiled {
    let output = DocumentCompiler.compile(markdown: document(setup: setup, bash), file: "doc.md")
    // A snippet that does not lower completely is a test error, not an empty scenario.
    guard let compiled = output.compiled, !output.hasErrors,
      let scenario = compiled.scenarios.first
    else {
      throw CompileFailure(diagnostics: output.diagnostics.map(\.description))
    }
    return Compiled(environments: compiled.document.environments, scenario: scenario)
  }

  /// A fresh empty directory.
  static func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "interp-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return (path as NSString).resolvingSymlinksInPath
  }

  static func baseVariables(home: String) -> [String: String] {
    ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"]
  }

  /// Runs the compiled blocks in `directory`, on `clock` (a virtual one skips waits).
  static func interpret(
    _ compiled: Compiled, in directory: String, variables: [String: String] = [:],
    overrides: Set<String> = [], transport: any CurlTransport = FakeTransport(),
    processID: Int32 = 4242, clock: ScenarioClock = .real
  ) async -> ExecutionResult {
    let context = ExecutionContext(
      variables: baseVariables(home: directory).merging(variables) { $1 },
      overrides: overrides, workingDirectory: directory, processID: processID,
      transport: transport, clock: clock)
    return await ScenarioInterpreter.run(
      environments: compiled.environments, scenario: compiled.scenario, context: context)
  }

  /// Compiles and interprets in a fresh directory (removed afterwards).
  static func interpret(
    setup: String? = nil, _ bash: String, variables: [String: String] = [:],
    overrides: Set<String> = [], transport: any CurlTransport = FakeTransport()
  ) async throws -> ExecutionResult {
    let compiled = try compile(setup: setup, bash)
    let directory = temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return await interpret(
      compiled, in: directory, variables: variables, overrides: overrides, transport: transport)
  }
}

extension ExecutionResult {
  var out: String { String(decoding: stdout, as: UTF8.self) }
  var err: String { String(decoding: stderr, as: UTF8.self) }
}
