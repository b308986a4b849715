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
}
