import ScenarioRuntime
import SpecModel
import Testing

struct LineRangeFilterTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var command: String
    var range: LineRange
    var input: String
    var output: String
    var testDescription: String { "\(command) < \(input.debugDescription)" }
  }

  static let rows: [Row] = [
    Row(
      command: "sed -n 1,2p", range: LineRange(from: 1, to: 2), input: "a\nb\nc\n", output: "a\nb\n"
    ),
    Row(command: "sed -n 2p", range: LineRange(from: 2, to: 2), input: "a\nb", output: "b"),
    Row(command: "sed -n '3,$p'", range: LineRange(from: 3), input: "a\nb\nc\nd", output: "c\nd"),
    Row(
      command: "head -n1", range: LineRange(from: 1, to: 1), input: "a\r\nb\r\n", output: "a\r\n"),
    Row(command: "head -n 5", range: LineRange(from: 1, to: 5), input: "a\nb", output: "a\nb"),
    Row(command: "tail -n1", range: LineRange(last: 1), input: "a\nb\n", output: "b\n"),
    Row(command: "tail -n 2", range: LineRange(last: 2), input: "a\nb\nc", output: "b\nc"),
    Row(command: "tail -n 0", range: LineRange(last: 0), input: "a\nb\n", output: ""),
    Row(command: "tail -n +2", range: LineRange(from: 2), input: "a\nb\nc\n", output: "b\nc\n"),
    Row(command: "sed -n 5,9p", range: LineRange(from: 5, to: 9), input: "a\nb\nc\n", output: ""),
    Row(command: "sed -n 2p", range: LineRange(from: 2, to: 2), input: "\n\n\n", output: "\n"),
    Row(command: "head", range: LineRange(from: 1, to: 10), input: "", output: ""),
    Row(command: "tail", range: LineRange(last: 10), input: "only", output: "only"),
  ]

  @Test(arguments: rows)
  func lines(_ row: Row) throws {
    let result = try runFilter(.lines(row.range), row.input)
    #expect(text(result.output) == row.output)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }
}
