import Foundation
import Testing

/// The `spec-compiler` executable, run as a user runs it.
@Suite(
  .enabled(
    if: SpecCompilerExecutable.url != nil, "spec-compiler executable not built next to the tests"))
struct CommandLineTests {
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
    "cli-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ text: String) throws -> String {
    let url = scratch.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func compileWritesOneFilePerScenarioAndRewritesOnlyChangedOnes() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("doc.md", Lowered.document("curl -sS \"$U/health\" | jq '.status'"))
    let specs = scratch.appendingPathComponent("specs").path
    let first = try await SpecCompilerExecutable.run(["compile", doc, "--specs", specs])
    #expect(first.status == 0)
    #expect(first.stderr.isEmpty)
    #expect(FileManager.default.fileExists(atPath: specs + "/S01.yaml"))
    let second = try await SpecCompilerExecutable.run(["compile", doc, "--specs", specs])
    #expect(second.stdout.contains("0 files written"))
  }

  @Test func errorsExitOneWithPositions() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("bad.md", Lowered.document("curl -Q \"$U\"\nfrobnicate"))
    let result = try await SpecCompilerExecutable.run(["compile", doc, "--specs", scratch.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.split(separator: "\n").map(String.init) == [
        "\(doc):10:6: error: unknown curl option '-Q' (in S01)",
        "\(doc):11:1: error: unsupported command 'frobnicate' (in S01)",
      ])
  }

  @Test func aCopyWithoutItsResourcesSaysSoInsteadOfStopping() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let copy = scratch.appendingPathComponent("spec-compiler")
    try FileManager.default.copyItem(at: try #require(SpecCompilerExecutable.url), to: copy)
    let doc = try write("doc.md", Lowered.document("echo hi"))
    let specs = scratch.appendingPathComponent("specs").path
    let result = try await SpecCompilerExecutable.run(
      ["compile", doc, "--specs", specs], executable: copy)
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot read the JSON Schema 'document.schema.json'"))
  }

  @Test func usageErrorsExitSixtyFour() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Outside a package, `compile` without a document has nothing to compile.
    let outside = try await SpecCompilerExecutable.run(["compile"], in: scratch)
    #expect(outside.status == 64, "\(outside.stderr)")
    #expect(try await SpecCompilerExecutable.run(["frob"]).status == 64)
  }

  @Test func listPrintsIdTabTitle() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("doc.md", Lowered.document("echo hi"))
    let result = try await SpecCompilerExecutable.run(["list", doc])
    #expect(result.status == 0)
    #expect(result.stdout == "S01\tProbe\n")
  }

  @Test func warningsKeepExitZeroUnlessStrict() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("doc.md", Lowered.document("echo hi") + "\n#### S02 Second\n")
    let warning = "\(doc):13:1: warning: '#### S02 Second' is a level-4 heading"
    let list = try await SpecCompilerExecutable.run(["list", doc])
    #expect(list.status == 0)
    #expect(list.stdout == "S01\tProbe\n")
    #expect(list.stderr.hasPrefix(warning), "\(list.stderr)")
    for command in [["list"], ["run", "--list"], ["compile", "--specs", scratch.path + "/s"]] {
      let strict = try await SpecCompilerExecutable.run(
        [command[0], doc, "--strict"] + command.dropFirst())
      #expect(strict.status == 1, "\(command)")
      #expect(strict.stdout.isEmpty, "\(command)")
      #expect(strict.stderr.hasPrefix(warning.replacingOccurrences(of: "warning", with: "error")))
    }
  }

  @Test func anEmptyDocumentIsAnError() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("empty.md", "")
    let result = try await SpecCompilerExecutable.run(["list", doc])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("\(doc):1:1: error: the document is empty"))
  }

  @Test func helpExplainsTheCommands() async throws {
    let result = try await SpecCompilerExecutable.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("compile") && result.stdout.contains("list"))
    #expect(result.stdout.contains("64 on usage errors"))
  }
}

enum SpecCompilerExecutable {
  /// Built by `swift build` next to the test bundle.
  static let url: URL? = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [bundle, bundle.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("spec-compiler")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }()

  /// Runs the executable in `directory` (default: the current one), with `environment` added to
  /// (or, for names mapped to nil, removed from) the process environment. The wait happens on a
  /// thread of its own: a run can take a minute, and a blocked cooperative thread would starve
  /// the in-process scenarios of other tests running meanwhile.
  /// `executable`: another copy of it.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:],
    executable: URL? = nil
  ) async throws -> (status: Int32, stdout: String, stderr: String) {
    try await OwnThread.run {
      try runBlocking(
        arguments, in: directory, environment: environment, executable: executable ?? url)
    }
  }

  private static func runBlocking(
    _ arguments: [String], in directory: URL?, environment: [String: String?], executable: URL?
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
      var variables = ProcessInfo.processInfo.environment
      for (name, value) in environment { variables[name] = value }
      process.environment = variables
    }
    if let directory { process.currentDirectoryURL = directory }
    // Files, not pipes: reading one pipe to its end while the child fills the other would
    // deadlock.
    let outputs = FileManager.default.temporaryDirectory.appendingPathComponent(
      "spec-compiler-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: outputs) }
    let outURL = outputs.appendingPathComponent("stdout")
    let errURL = outputs.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try? out.close()
    try? err.close()
    let stdout = (try? Data(contentsOf: outURL)) ?? Data()
    let stderr = (try? Data(contentsOf: errURL)) ?? Data()
    return (
      process.terminationStatus, String(decoding: stdout, as: UTF8.self),
      String(decoding: stderr, as: UTF8.self)
    )
  }
}
