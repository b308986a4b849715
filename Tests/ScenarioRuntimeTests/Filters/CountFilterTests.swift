import ScenarioRuntime
import SpecModel
import Testing

struct CountFilterTests {
  static let rows: [(CountUnit, String, String)] = [
    (.bytes, "", "0\n"),
    (.bytes, "héllo\n", "7\n"),
    (.lines, "a\nb", "1\n"),
    (.lines, "a\nb\n", "2\n"),
    (.lines, "", "0\n"),
    (.words, "  one two\tthree\nfour  ", "4\n"),
    (.words, "a\u{00A0}b", "2\n"),
    (.words, "a\u{0001}b \u{0001} c", "2\n"),
    (.words, "data: {\"id\":1}\n\n", "2\n"),
  ]

  @Test(arguments: rows)
  func count(_ unit: CountUnit, _ input: String, _ output: String) throws {
    let result = try runFilter(.count(unit), input)
    #expect(text(result.output) == output)
    #expect(result.status == 0)
  }
}
