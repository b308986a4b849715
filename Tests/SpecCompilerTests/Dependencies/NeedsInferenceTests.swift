import SpecCompiler
import SpecModel
import Testing

@Suite struct NeedsInferenceTests {
  static let markdown = """
    # Needs

    ## Common environment

    ```bash
    export API=http://localhost:19090
    export RUN_ID="run-1"
    export ITEM="item-$RUN_ID"
    ```

    ## Checks

    ### S01 Create

    Creates an item named by a variable, tagged with the run id.

    ```bash
    curl -sS -X POST "$API/v1/items" -d "{\\"name\\":\\"$ITEM\\",\\"tag\\":\\"rel-$RUN_ID\\"}"
    ```

    ### S02 Read by name

    Uses the item's name as a whole path segment.

    ```bash
    curl -sS "$API/v1/lookup/$ITEM"
    ```

    ### S03 Search by tag

    Uses the run id only inside a larger word.

    ```bash
    curl -sS "$API/v1/search?q=rel-$RUN_ID"
    ```
    """

  static func needs(_ id: String) throws -> [Need] {
    let output = DocumentCompiler.compile(markdown: markdown, file: "needs.md")
    let compiled = try #require(output.compiled, "\(output.diagnostics)")
    return try #require(compiled.scenarios.first { $0.id == id }).needs
  }

  @Test func aVariableThatIsAWholeTokenOfACreatingRequestNamesAResource() throws {
    let needs = try Self.needs("S02")
    #expect(needs.map(\.scenario) == ["S01"])
    #expect(needs.first?.reason == .resource)
  }

  @Test func aVariableInsideALargerWordOnlyTagsAValue() throws {
    #expect(try Self.needs("S03").isEmpty)
  }

  /// Two uploads, then a listing: the listing needs the latest upload only, and the uploads
  /// keep their order through an ordering edge, so the edges grow with the scenarios, not
  /// with their square.
  @Test func aCollectionReaderNeedsTheLatestAdderOnly() throws {
    let markdown = """
      # Files

      ## Common environment

      ```bash
      export API=http://localhost:19090
      ```

      ## Checks

      ### S01 Upload one

      ```bash
      curl -sS -X POST "$API/v1/files" -d 'a'
      ```

      ### S02 Upload two

      ```bash
      curl -sS -X POST "$API/v1/files" -d 'b'
      ```

      ### S03 List

      ```bash
      curl -sS "$API/v1/files" | jq length
      ```
      """
    let output = DocumentCompiler.compile(markdown: markdown, file: "files.md")
    let scenarios = try #require(output.compiled, "\(output.diagnostics)").scenarios
    #expect(scenarios[2].needs.map(\.scenario) == ["S02"])
    #expect(scenarios[2].needs.first?.reason == .collection)
    #expect(scenarios[1].after.map(\.scenario) == ["S01"])
    #expect(scenarios[1].after.first?.reason == .collection)
  }
}
