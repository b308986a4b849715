import Foundation
import Testing

@testable import SpecCompiler

/// The catalog of diagnostic kinds: complete, with unique ids, and written out as
/// `Docs/DIAGNOSTICS.md` (set `RECORD_DIAGNOSTICS=1` to rewrite it, then review and commit).
@Suite struct DiagnosticCatalogTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let documentation = root.appendingPathComponent("Docs/DIAGNOSTICS.md")

  /// Each catalog enum and its source file.
  static let sources: [(kinds: [any DiagnosticMessage], path: String)] = [
    (MarkdownDiagnostic.catalog, "Sources/SpecCompiler/Markdown/MarkdownDiagnostic.swift"),
    (LoweringDiagnostic.catalog, "Sources/SpecCompiler/Lowering/LoweringDiagnostic.swift"),
    (
      CommandDiagnostic.catalog,
      "Sources/SpecCompiler/Lowering/Commands/CommandDiagnostic.swift"
    ),
    (
      CommandUsageDiagnostic.catalog,
      "Sources/SpecCompiler/Lowering/Commands/CommandUsageDiagnostic.swift"
    ),
    (RenderError.catalog, "Sources/SpecCompiler/Render/RenderError.swift"),
  ]

  @Test func idsAreUnique() {
    let ids = DiagnosticCatalog.all.map(\.id)
    #expect(
      Set(ids).count == ids.count,
      "\(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys)")
    #expect(DiagnosticCatalog.stages.count == Self.sources.count)
  }

  /// A case added to an enum without a catalog entry would be missing from the documentation:
  /// the cases declared in the source (`  case name`) are exactly those of the catalog.
  @Test(arguments: Self.sources.indices)
  func catalogListsEveryCase(_ index: Int) throws {
    let (kinds, path) = Self.sources[index]
    let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    let declared = text.split(separator: "\n").compactMap { line in
      line.firstMatch(of: /^  case (\w+)/).map { String($0.1) }
    }
    #expect(!declared.isEmpty)
    #expect(kinds.map(\.caseName) == declared, "\(path)")
  }

  @Test func idIsStageAndCase() {
    #expect(LoweringDiagnostic.unsupportedCommand(name: "x").id == "lowering.unsupportedCommand")
    #expect(LoweringDiagnostic.forSeqOnly.id == "lowering.forSeqOnly")
    #expect(CommandUsageDiagnostic.sortEmptyTab.id == "command.sortEmptyTab")
    #expect(MarkdownDiagnostic.needsItself(id: "S01").id == "markdown.needsItself")
    #expect(RenderError.duplicateID("S01", "f").id == "render.duplicateID")
  }

  @Test func documentationIsCurrent() throws {
    let text = DiagnosticCatalog.markdown
    if ProcessInfo.processInfo.environment["RECORD_DIAGNOSTICS"] == "1" {
      try Data(text.utf8).write(to: Self.documentation)
      return
    }
    let written = try String(contentsOf: Self.documentation, encoding: .utf8)
    #expect(
      written == text,
      "Docs/DIAGNOSTICS.md is stale; rerun with RECORD_DIAGNOSTICS=1 and commit the file")
  }

  /// A reported diagnostic carries its kind's id: tests compare kinds, not wording.
  @Test func reportedDiagnosticsCarryTheirKind() {
    let output = Lowered.compile(Lowered.document("frobnicate --now\nsort -t '' f"))
    #expect(
      output.diagnostics.map(\.id) == [
        LoweringDiagnostic.unsupportedCommand(name: "frobnicate").id,
        CommandUsageDiagnostic.sortEmptyTab.id,
      ])
    let empty = Lowered.compile("# Title\n")
    #expect(empty.diagnostics.map(\.id) == [MarkdownDiagnostic.noScenario(prefix: "S").id])
  }
}
