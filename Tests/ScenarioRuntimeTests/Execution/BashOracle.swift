import Foundation
import ScenarioRuntime
import Testing

/// Real bash (`bash -c 'set -euo pipefail; shopt -s inherit_errexit; <setup>; <block>'`, as the
/// runner writes scenarios) as the reference the interpreter
/// must match: status, standard output bytes, standard error (line numbers aside) and the files
/// left in the working directory (with their modes).
enum BashOracle {
  struct Outcome: Equatable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    var files: [String: String]

    var description: String {
      "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)--- files\n"
        + files.keys.sorted().map { "\($0): \(files[$0]!)" }.joined(separator: "\n")
    }
  }

  /// What the runner writes before every scenario.
  static let runnerPrologue = "set -euo pipefail\nshopt -s inherit_errexit\n"

  static func runBash(
    setup: String?, _ bash: String, in directory: String, variables: [String: String]
  ) async throws -> (Int32, [UInt8], [UInt8]) {
    let script = runnerPrologue + (setup.map { $0 + "\n" } ?? "") + bash
    // A clean environment, the directory, then bash (`$0` is `bash`, as for the runner).
    let arguments =
      ["/usr/bin/env", "-i"]
      + Snippet.baseVariables(home: directory).merging(variables) { $1 }.map { "\($0)=\($1)" }
      + ["/bin/bash", "-c", "cd -- \"$1\" && exec bash -c \"$2\"", "bash", directory, script]
    let outputs = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: outputs) }
    let outPath = outputs + "/stdout"
    let errPath = outputs + "/stderr"
    let status = try await Spawn.run(arguments, stdoutPath: outPath, stderrPath: errPath)
    let out = FileManager.default.contents(atPath: outPath) ?? Data()
    let err = FileManager.default.contents(atPath: errPath) ?? Data()
    return (status, Array(out), Array(err))
  }

  /// Every file and directory under `directory`: relative path → mode and content. The random
  /// part of `mktemp` names (six to ten letters and digits after the last dot) reads `XXXXXX`.
  static func snapshot(_ directory: String) -> [String: String] {
    var files: [String: String] = [:]
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(atPath: directory) else { return files }
    while let relative = enumerator.nextObject() as? String {
      let path = directory + "/" + relative
      let attributes = (try? manager.attributesOfItem(atPath: path)) ?? [:]
      let mode = (attributes[.posixPermissions] as? Int).map { String($0, radix: 8) } ?? "?"
      let key = relative.replacing(/\.[A-Za-z0-9]{6,10}(?=\/|$)/, with: ".XXXXXX")
      if attributes[.type] as? FileAttributeType == .typeDirectory {
        files[key] = "dir \(mode)"
      } else {
        let content = manager.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        files[key] = "file \(mode) \(content ?? "?")"
      }
    }
    return files
  }

  static func clear(_ directory: String) {
    let manager = FileManager.default
    for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] {
      let path = directory + "/" + name
      // Restore permissions a test may have removed, so everything can go.
      _ = try? manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
      try? manager.removeItem(atPath: path)
    }
  }

  /// `bash: line 7:` and `environment: line 2:` carry lines of the bash script, not the
  /// document's: they are not compared. Nor is the process id of a job report
  /// (`bash: line 3:  4849 Killed …`, real on one side, made up on the other), whose line
  /// bash leaves out when it notices the death while another command runs.
  static func normalize(_ stderr: String) -> String {
    stderr.replacing(/(?m)^(bash|environment): (?:line [0-9]+: )? *[0-9]+ (?=[A-Z])/) { match in
      "\(match.output.1): line N: PID "
    }.replacing(/line [0-9]+:/, with: "line N:")
  }

  /// Runs `bash` (after `setup`) with real bash and with the interpreter in the same directory
  /// and checks they agree.
  @discardableResult
  static func expectSame(
    setup: String? = nil, _ bash: String, variables: [String: String] = [:],
    prepare: (String) throws -> Void = { _ in },
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> ExecutionResult {
    let compiled = try Snippet.compile(setup: setup, bash)
    return try await expectSame(
      compiled, setup: setup, bash, variables: variables, prepare: prepare,
      sourceLocation: sourceLocation)
  }

  /// The same with IR compiled beforehand (`setup` and `bash` are its source), and the
  /// interpreter's own variables, transport and clock.
  @discardableResult
  static func expectSame(
    _ compiled: Snippet.Compiled, setup: String?, _ bash: String,
    variables: [String: String] = [:], interpreterVariables: [String: String]? = nil,
    transport: any CurlTransport = FakeTransport(), clock: ScenarioClock = .real,
    label: String = "",
    prepare: (String) throws -> Void = { _ in },
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> ExecutionResult {
    let directory = Snippet.temporaryDirectory()
    defer {
      clear(directory)
      try? FileManager.default.removeItem(atPath: directory)
    }
    try prepare(directory)
    let (status, out, err) = try await runBash(
      setup: setup, bash, in: directory, variables: variables)
    let expected = Outcome(
      status: status, stdout: String(decoding: out, as: UTF8.self),
      stderr: normalize(String(decoding: err, as: UTF8.self)), files: snapshot(directory))
    clear(directory)
    try prepare(directory)
    let result = await Snippet.interpret(
      compiled, in: directory, variables: interpreterVariables ?? variables, transport: transport,
      clock: clock)
    let actual = Outcome(
      status: result.status, stdout: result.out, stderr: normalize(result.err),
      files: snapshot(directory))
    #expect(
      actual == expected, "\(label)interpreter:\n\(actual)\n\nbash:\n\(expected)",
      sourceLocation: sourceLocation)
    #expect(result.stdout == out, "\(label)stdout bytes differ", sourceLocation: sourceLocation)
    #expect(
      (result.failure == nil) == (result.status == 0),
      "\(label)failure point \(String(describing: result.failure)) for status \(result.status)",
      sourceLocation: sourceLocation)
    return result
  }
}
