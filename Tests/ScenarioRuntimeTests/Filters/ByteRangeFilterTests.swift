import ScenarioRuntime
import SpecModel
import Testing

struct ByteRangeFilterTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var command: String
    var range: ByteRange
    var input: [UInt8]
    var output: [UInt8]
    var testDescription: String { command }
  }

  static let rows: [Row] = [
    Row(
      command: "head -c 3", range: ByteRange(count: 3), input: bytes("abcdef"), output: bytes("abc")
    ),
    Row(command: "head -c 0", range: ByteRange(count: 0), input: bytes("abc"), output: []),
    Row(
      command: "head -c 10", range: ByteRange(count: 10), input: bytes("abc"), output: bytes("abc")),
    Row(
      command: "dd bs=1 skip=2 count=2", range: ByteRange(skip: 2, count: 2),
      input: bytes("abcdef"),
      output: bytes("cd")),
    Row(
      command: "dd bs=2 skip=2", range: ByteRange(skip: 4), input: bytes("abcdef"),
      output: bytes("ef")),
    Row(
      command: "dd skip past the end", range: ByteRange(skip: 9), input: bytes("abc"), output: []),
    Row(
      command: "head -c 2 (in the middle of é)", range: ByteRange(count: 2), input: bytes("aé"),
      output: [0x61, 0xC3]),
  ]

  @Test(arguments: rows)
  func byteRange(_ row: Row) throws {
    let result = try runFilter(.bytes(row.range), row.input)
    #expect(result == FilterResult(output: row.output))
  }
}
