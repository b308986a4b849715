import Foundation
import Testing

@testable import SpecCompiler
@testable import SpecYAML

@Suite struct SpecDirectoryTests {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "specdir-\(UUID().uuidString)")

  /// A file as `SpecYAML` writes it: schema line, then the generated-file header.
  static func generated(_ body: String) -> String {
    "# yaml-language-server: $schema=schema/scenario.schema.json\n"
      + "\(SpecYAML.generatedMarker)doc.md. Do not edit: edit the markdown and recompile.\n"
      + body
  }

  @Test func rewritesOnlyChangedFilesAndRemovesVanishedScenarios() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = [
      SpecFile(path: "document.yaml", contents: Self.generated("a\n")),
      SpecFile(path: "S01.yaml", contents: Self.generated("one\n")),
      SpecFile(path: "S02.yaml", contents: Self.generated("two\n")),
    ]
    let created = try SpecDirectory.write(first, to: directory)
    #expect(created.written == ["document.yaml", "S01.yaml", "S02.yaml"])

    try Data("keep me\n".utf8).write(to: directory.appendingPathComponent("notes.txt"))
    let second = [
      SpecFile(path: "document.yaml", contents: Self.generated("a\n")),
      SpecFile(path: "S01.yaml", contents: Self.generated("uno\n")),
    ]
    #expect(SpecDirectory.staleFiles(second, in: directory) == ["S01.yaml", "S02.yaml"])
    let updated = try SpecDirectory.write(second, to: directory)
    #expect(updated.written == ["S01.yaml"])
    #expect(updated.unchanged == ["document.yaml"])
    #expect(updated.removed == ["S02.yaml"])
    #expect(
      FileManager.default.fileExists(atPath: directory.appendingPathComponent("notes.txt").path))
    #expect(SpecDirectory.staleFiles(second, in: directory).isEmpty)
  }

  /// Only files with the generated-file header are swept: a hand-written `S99.yaml`, a file that
  /// mentions the header further down, and a link to a generated file all stay.
  @Test func neverRemovesAScenarioFileItDidNotWrite() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let fm = FileManager.default
    try fm.createDirectory(at: directory, withIntermediateDirectories: true)
    let outside = fm.temporaryDirectory.appendingPathComponent("specdir-out-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: outside) }
    try Data(Self.generated("elsewhere\n").utf8).write(to: outside)
    let handWritten = directory.appendingPathComponent("S99.yaml")
    try Data("id: S99\ntitle: mine\n".utf8).write(to: handWritten)
    let lateMarker = directory.appendingPathComponent("S98.yaml")
    try Data("id: S98\n\n\(SpecYAML.generatedMarker)x\n".utf8).write(to: lateMarker)
    let link = directory.appendingPathComponent("S97.yaml")
    try fm.createSymbolicLink(at: link, withDestinationURL: outside)
    let stale = directory.appendingPathComponent("S96.yaml")
    try Data(Self.generated("old\n").utf8).write(to: stale)

    let files = [SpecFile(path: "S01.yaml", contents: Self.generated("one\n"))]
    #expect(SpecDirectory.staleFiles(files, in: directory) == ["S01.yaml", "S96.yaml"])
    let result = try SpecDirectory.write(files, to: directory)
    #expect(result.removed == ["S96.yaml"])
    #expect(fm.fileExists(atPath: handWritten.path))
    #expect(fm.fileExists(atPath: lateMarker.path))
    #expect((try? fm.destinationOfSymbolicLink(atPath: link.path)) == outside.path)
    #expect(fm.fileExists(atPath: outside.path))
    #expect(!fm.fileExists(atPath: stale.path))
  }

  /// The header `SpecYAML` writes is the one the sweep looks for.
  @Test func writtenFilesCarryTheMarker() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = DocumentCompiler.compile(
      markdown: "# T\n\n## C\n\n### S01 A\n\nDoes.\n\n```bash\necho hi\n```\n", file: "doc.md")
    let compiled = try #require(output.compiled)
    let files = try SpecYAML.files(for: compiled)
    _ = try SpecDirectory.write(files, to: directory)
    #expect(SpecDirectory.isGenerated(directory.appendingPathComponent("S01.yaml")))
    #expect(SpecDirectory.isGenerated(directory.appendingPathComponent("document.yaml")))
  }
}
