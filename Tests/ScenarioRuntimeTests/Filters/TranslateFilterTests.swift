import ScenarioRuntime
import SpecModel
import Testing

struct TranslateFilterTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var command: String
    var translation: Translation
    var input: String
    var output: String
    var status: Int32 = 0
    var testDescription: String { command }
  }

  static let rows: [Row] = [
    Row(
      command: "tr -d '\\r'", translation: Translation(set1: "\r"), input: "a\r\nb\r\n",
      output: "a\nb\n"),
    Row(
      command: "tr -d '\\n'", translation: Translation(set1: "\n"), input: "a\nb\n", output: "ab"),
    Row(
      command: "tr a-c A-C", translation: Translation(set1: "abc", set2: "ABC"), input: "aabbcd",
      output: "AABBCd"),
    Row(
      command: "tr abc x", translation: Translation(set1: "abc", set2: "x"), input: "abcd",
      output: "xxxd"),
    Row(
      command: "tr aa xy", translation: Translation(set1: "aa", set2: "xy"), input: "a", output: "y"
    ),
    Row(
      command: "tr -s ' '", translation: Translation(set1: " ", set2: " ", squeeze: true),
      input: "a   b  c", output: "a b c"),
    Row(
      command: "tr -s ' \\t' _", translation: Translation(set1: " \t", set2: "_", squeeze: true),
      input: "a \t b", output: "a_b"),
    Row(
      command: "tr é e (bytes)", translation: Translation(set1: "é", set2: "e"), input: "é",
      output: "ee"),
    Row(
      command: "tr a ''", translation: Translation(set1: "a", set2: ""), input: "a", output: "",
      status: 1),
    Row(
      command: "tr -ds l", translation: Translation(set1: "l", squeeze: true), input: "l",
      output: "", status: 1),
  ]

  @Test(arguments: rows)
  func translate(_ row: Row) throws {
    let result = try runFilter(.translate(row.translation), row.input)
    #expect(text(result.output) == row.output)
    #expect(result.status == row.status)
    #expect(result.stderr.isEmpty == (row.status == 0))
  }
}
