import Foundation
import SpecModel
import Testing

@testable import SpecCompiler
@testable import SpecYAML

/// A pull request that edits one scenario shows one changed scenario file.
@Suite struct IncrementalOutputTests {
  static let markdown = """
    # Doc

    ## Checks

    ### S01 First

    Reads health.

    ```bash
    curl -sS "$BASE_URL/health"
    ```

    ### S02 Second

    Reads models.

    ```bash
    curl -sS "$BASE_URL/v1/models" | jq '.data | length'
    ```

    ### S03 Third

    Reads usage.

    ```bash
    curl -sS "$BASE_URL/usage" | jq '.total'
    ```
    """

  static func files(_ markdown: String) throws -> [String: String] {
    let compiled = try #require(
      DocumentCompiler.compile(markdown: markdown, file: "doc.md").compiled)
    return Dictionary(
      uniqueKeysWithValues: try SpecYAML.files(for: compiled).map { ($0.path, $0.contents) })
  }

  static func changed(_ a: [String: String], _ b: [String: String]) -> [String] {
    Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
  }

  @Test func editingALineChangesOnlyThatScenario() throws {
    let before = try Self.files(Self.markdown)
    let after = try Self.files(
      Self.markdown.replacingOccurrences(of: "'.data | length'", with: "'.data[0].id'"))
    #expect(Self.changed(before, after) == ["S02.yaml"])
  }

  @Test func growingAScenarioMovesOnlyTheSourceMap() throws {
    let before = try Self.files(Self.markdown)
    let grown = Self.markdown.replacingOccurrences(
      of: "curl -sS \"$BASE_URL/v1/models\"", with: "sleep 1\ncurl -sS \"$BASE_URL/v1/models\"")
    let after = try Self.files(grown)
    #expect(Self.changed(before, after) == ["S02.yaml", "lines.yaml"])
  }

  @Test func renamingAScenarioAlsoChangesTheIndex() throws {
    let before = try Self.files(Self.markdown)
    let after = try Self.files(
      Self.markdown.replacingOccurrences(of: "### S03 Third", with: "### S03 Usage"))
    #expect(Self.changed(before, after) == ["S03.yaml", "document.yaml"])
  }
}
