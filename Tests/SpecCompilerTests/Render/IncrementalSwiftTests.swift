import Foundation
import SpecModel
import Testing

@testable import SpecCompiler
@testable import SpecYAML

/// A doc edit recompiles as little Swift as the YAML it changes.
@Suite struct IncrementalSwiftTests {
  static let locations = RenderLocations(
    specsDirectory: URL(fileURLWithPath: "/p/specs/doc"),
    generatedRoot: URL(fileURLWithPath: "/p/generated"))

  static func swift(_ markdown: String) throws -> [String: String] {
    let compiled = try #require(
      DocumentCompiler.compile(
        markdown: markdown, file: "doc.md", options: CompilerOptions(sourceReference: "../doc.md")
      ).compiled)
    let suite = try SwiftSuiteGenerator.render(
      yaml: try SpecYAML.files(for: compiled), locations: locations)
    return Dictionary(uniqueKeysWithValues: suite.files.map { ($0.path, $0.contents) })
  }

  static let markdown = IncrementalOutputTests.markdown

  @Test func editingOneScenarioChangesOneScenarioFile() throws {
    let before = try Self.swift(Self.markdown)
    let after = try Self.swift(
      Self.markdown.replacingOccurrences(of: "'.data | length'", with: "'.data[0].id'"))
    #expect(
      IncrementalOutputTests.changed(before, after) == ["DocScenarios/DocScenarios+S02.swift"])
  }

  @Test func growingAScenarioAlsoMovesTheLinesFile() throws {
    let before = try Self.swift(Self.markdown)
    let after = try Self.swift(
      Self.markdown.replacingOccurrences(
        of: "curl -sS \"$BASE_URL/v1/models\"", with: "sleep 1\ncurl -sS \"$BASE_URL/v1/models\""))
    #expect(
      IncrementalOutputTests.changed(before, after) == [
        "DocScenarios/DocScenarios+Lines.swift", "DocScenarios/DocScenarios+S02.swift",
      ])
  }

  @Test func editingProseAboveMovesOnlyTheLinesFile() throws {
    let before = try Self.swift(Self.markdown)
    let after = try Self.swift(
      Self.markdown.replacingOccurrences(of: "## Checks\n", with: "## Checks\n\nMore prose.\n"))
    #expect(
      IncrementalOutputTests.changed(before, after) == ["DocScenarios/DocScenarios+Lines.swift"])
  }

  @Test func renamingAScenarioAlsoChangesTheSuiteFile() throws {
    let before = try Self.swift(Self.markdown)
    let after = try Self.swift(
      Self.markdown.replacingOccurrences(of: "### S03 Third", with: "### S03 Usage"))
    #expect(
      IncrementalOutputTests.changed(before, after) == [
        "DocScenarios/DocScenarios+S03.swift", "DocScenarios/DocScenarios.swift",
      ])
  }

  @Test func removingAScenarioRemovesItsFile() throws {
    let before = try Self.swift(Self.markdown)
    let cut = try #require(Self.markdown.range(of: "### S03 Third"))
    let after = try Self.swift(String(Self.markdown[..<cut.lowerBound]))
    #expect(
      IncrementalOutputTests.changed(before, after) == [
        "DocScenarios/DocScenarios+Lines.swift", "DocScenarios/DocScenarios+S03.swift",
        "DocScenarios/DocScenarios.swift",
      ])
    #expect(after["DocScenarios/DocScenarios+S03.swift"] == nil)
  }

  /// On disk: the second write touches nothing; a removed scenario's file goes, a hand-written
  /// file next to it stays.
  @Test func generatedDirectoryRewritesOnlyChangedFiles() throws {
    let root = try SwiftToolchain.scratch("generated-dir")
    defer { try? FileManager.default.removeItem(at: root) }
    func files(_ markdown: String) throws -> [SpecFile] {
      try Self.swift(markdown).map { SpecFile(path: $0.key, contents: $0.value) }.sorted {
        $0.path < $1.path
      }
    }
    let first = try GeneratedDirectory.write(try files(Self.markdown), to: root)
    #expect(first.written.count == 5)
    let handWritten = root.appendingPathComponent("DocScenarios/Helpers.swift")
    try Data("// mine\n".utf8).write(to: handWritten)
    let second = try GeneratedDirectory.write(try files(Self.markdown), to: root)
    #expect(second.written.isEmpty && second.removed.isEmpty && second.unchanged.count == 5)

    let cut = try #require(Self.markdown.range(of: "### S03 Third"))
    let shorter = try files(String(Self.markdown[..<cut.lowerBound]))
    #expect(
      GeneratedDirectory.staleFiles(shorter, in: root) == [
        "DocScenarios/DocScenarios+Lines.swift", "DocScenarios/DocScenarios.swift",
        "DocScenarios/DocScenarios+S03.swift",
      ])
    let third = try GeneratedDirectory.write(shorter, to: root, scope: ["DocScenarios"])
    #expect(third.removed == ["DocScenarios/DocScenarios+S03.swift"])
    #expect(
      third.written.sorted() == [
        "DocScenarios/DocScenarios+Lines.swift", "DocScenarios/DocScenarios.swift",
      ])
    #expect(FileManager.default.fileExists(atPath: handWritten.path))
    #expect(GeneratedDirectory.staleFiles(shorter, in: root).isEmpty)
  }
}
