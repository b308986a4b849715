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

  @Test func compileWritesOneFilePerScenarioAndRewritesOnlyChangedOnes() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("doc.md", Lowered.document("curl -sS \"$U/health\" | jq '.status'"))
    let specs = scratch.appendingPathComponent("specs").path
    let first = try SpecCompilerExecutable.run(["compile", doc, "--specs", specs])
    #expect(first.status == 0)
    #expect(first.stderr.isEmpty)
    #expect(FileManager.default.fileExists(atPath: specs + "/S01.yaml"))
    let second = try SpecCompilerExecutable.run(["compile", doc, "--specs", specs])
    #expect(second.stdout.contains("0 files written"))
  }

  @Test func errorsExitOneWithPositions() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("bad.md", Lowered.document("curl -Q \"$U\"\nfrobnicate"))
    let result = try SpecCompilerExecutable.run(["compile", doc, "--specs", scratch.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.split(separator: "\n").map(String.init) == [
        "\(doc):10:6: error: unknown curl option '-Q' (in S01)",
        "\(doc):11:1: error: unsupported command 'frobnicate' (in S01)",
      ])
  }

  @Test func usageErrorsExitSixtyFour() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Outside a package, `compile` without a document has nothing to compile.
    let outside = try SpecCompilerExecutable.run(["compile"], in: scratch)
    #expect(outside.status == 64, "\(outside.stderr)")
    #expect(try SpecCompilerExecutable.run(["frob"]).status == 64)
  }

  @Test func listPrintsIdTabTitle() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("doc.md", Lowered.document("echo hi"))
    let result = try SpecCompilerExecutable.run(["list", doc])
    #expect(result.status == 0)
    #expect(result.stdout == "S01\tProbe\n")
  }

  @Test func warningsKeepExitZeroUnlessStrict() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("doc.md", Lowered.document("echo hi") + "\n#### S02 Second\n")
    let warning = "\(doc):13:1: warning: '#### S02 Second' is a level-4 heading"
    let list = try SpecCompilerExecutable.run(["list", doc])
    #expect(list.status == 0)
    #expect(list.stdout == "S01\tProbe\n")
    #expect(list.stderr.hasPrefix(warning), "\(list.stderr)")
    for command in [["list"], ["run", "--list"], ["compile", "--specs", scratch.path + "/s"]] {
      let strict = try SpecCompilerExecutable.run(
        [command[0], doc, "--strict"] + command.dropFirst())
      #expect(strict.status == 1, "\(command)")
      #expect(strict.stdout.isEmpty, "\(command)")
      #expect(strict.stderr.hasPrefix(warning.replacingOccurrences(of: "warning", with: "error")))
    }
  }

  @Test func anEmptyDocumentIsAnError() throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("empty.md", "")
    let result = try SpecCompilerExecutable.run(["list", doc])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("\(doc):1:1: error: the document is empty"))
  }

  @Test func helpExplainsTheCommands() throws {
    let result = try SpecCompilerExecutable.run(["--help"])
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
  /// (or, for names mapped to nil, removed from) the process environment.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:]
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if !environment.isEmpty {
      var variables = ProcessInfo.processInfo.environment
      for (name, value) in environment { variables[name] = value }
      process.environment = variables
    }
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: stdout, as: UTF8.self),
      String(decoding: stderr, as: UTF8.self)
    )
  }
}
