import Shell
import Testing

/// `BashWord.text`: each word keeps its source text as written (quotes, expansions and
/// escapes untouched), which `set -x` prints for `for` headers and array assignments; it is not
/// part of a word's equality.
@Suite struct BashWordTextTests {
  private func statement(_ source: String) throws -> BashStatement {
    let file = try BashParser.parse(source).get()
    return try #require(file.statements.first)
  }

  @Test func forItemsKeepTheirText() throws {
    let parsed = try statement("for i in a   \"$x\" ${y}'z' \\$q $(echo  d); do :; done")
    guard case .forClause(_, let items?, _, _)? = parsed.command else {
      Issue.record("not a for loop: \(parsed)")
      return
    }
    #expect(items.map(\.text) == ["a", "\"$x\"", "${y}'z'", "\\$q", "$(echo  d)"])
  }

  @Test func arrayElementsKeepTheirText() throws {
    let parsed = try statement("a=( 1  \"$x\"   [3]=y\\ z )")
    guard case .call(let assignments, _)? = parsed.command else {
      Issue.record("not an assignment: \(parsed)")
      return
    }
    let elements = try #require(assignments.first?.array)
    #expect(elements.map(\.text) == ["1", "\"$x\"", "[3]=y\\ z"])
  }

  @Test func textIsNotPartOfEquality() {
    let position = BashPosition(line: 1, column: 1)
    #expect(
      BashWord(position: position, parts: [.literal("a")], text: "a")
        == BashWord(position: position, parts: [.literal("a")], text: "'a'"))
  }
}
