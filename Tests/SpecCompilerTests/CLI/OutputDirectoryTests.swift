import Foundation
import Testing

/// `compile --specs`/`--generated` and `generate --generated`: an empty path or an existing file
/// is refused (exit 64), and the sweep of vanished scenarios leaves hand-written files alone.
@Suite(
  .enabled(
    if: SpecCompilerExecutable.url != nil, "spec-compiler executable not built next to the tests"))
struct OutputDirectoryTests {
  let scratch = URL(fileURLWithPath: NSTemporaryDirectory())
    .appendingPathComponent("outdir-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ text: String) throws -> URL {
    let url = scratch.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// `compile doc.md --specs ''` used to write into the current directory and delete its
  /// `S*.yaml` files.
  @Test(arguments: [
    (["compile", "doc.md", "--specs", ""], "--specs is empty"),
    (
      ["compile", "doc.md", "--specs", "S99.yaml"],
      "--specs 'S99.yaml' exists and is not a directory"
    ),
    (["compile", "doc.md", "--specs", "out", "--generated", ""], "--generated is empty"),
    (["generate", "--specs", "out", "--generated", "S99.yaml"], "--generated 'S99.yaml' exists"),
    (["generate", "--specs", "", "--generated", "gen"], "--specs is empty"),
  ])
  func unusableDirectoriesAreRefused(_ arguments: [String], _ reason: String) async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = try write("doc.md", Lowered.document("echo hi"))
    let mine = try write("S99.yaml", "id: S99\n")
    let result = try await SpecCompilerExecutable.run(arguments, in: scratch)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains(reason), "\(result.stderr)")
    #expect(try String(contentsOf: mine, encoding: .utf8) == "id: S99\n")
    #expect(
      !FileManager.default.fileExists(atPath: scratch.appendingPathComponent("S01.yaml").path))
  }

  @Test func aHandWrittenScenarioFileSurvivesCompile() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let doc = try write("doc.md", Lowered.document("echo hi"))
    let specs = scratch.appendingPathComponent("specs")
    try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
    let mine = specs.appendingPathComponent("S99.yaml")
    try Data("id: S99\ntitle: hand-written\n".utf8).write(to: mine)
    let result = try await SpecCompilerExecutable.run(["compile", doc.path, "--specs", specs.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("0 removed"))
    #expect(FileManager.default.fileExists(atPath: mine.path))
    #expect(FileManager.default.fileExists(atPath: specs.appendingPathComponent("S01.yaml").path))
  }
}
