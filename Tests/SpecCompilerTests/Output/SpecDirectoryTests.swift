import Foundation
import Testing

@testable import SpecCompiler

@Suite struct SpecDirectoryTests {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "specdir-\(UUID().uuidString)")

  @Test func rewritesOnlyChangedFilesAndRemovesVanishedScenarios() throws {
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = [
      SpecFile(path: "document.yaml", contents: "a\n"),
      SpecFile(path: "S01.yaml", contents: "one\n"),
      SpecFile(path: "S02.yaml", contents: "two\n"),
    ]
    let created = try SpecDirectory.write(first, to: directory)
    #expect(created.written == ["document.yaml", "S01.yaml", "S02.yaml"])

    try Data("keep me\n".utf8).write(to: directory.appendingPathComponent("notes.txt"))
    let second = [
      SpecFile(path: "document.yaml", contents: "a\n"),
      SpecFile(path: "S01.yaml", contents: "uno\n"),
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
}
