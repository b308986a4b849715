import SpecModel
import Testing

@testable import ScenarioRuntime

/// `HeadStream` fed its input in parts: whatever the cuts, it writes what the whole-input
/// filters write (`LineRangeFilter`, `ByteRangeFilter`, `HeadFilter`, which the filter oracle
/// tables check against head, sed and dd) and stops right after the last byte it keeps.
@Suite struct HeadStreamTests {
  static let inputs = [
    "", "a", "a\n", "a\nb\n", "one\ntwo\nthree", "\n\n\nx\n", "ab\ncd\nef\ngh\n",
  ]

  /// Each filter, with the lines or bytes it reads before it exits (skipped and kept).
  static let filters: [(Filter, lines: Bool, units: Int)] = [
    (.lines(LineRange(from: 1, to: 1)), true, 1),
    (.lines(LineRange(from: 1, to: 2)), true, 2),
    (.lines(LineRange(from: 1, to: 0)), true, 0),
    (.bytes(ByteRange(count: 3)), false, 3),
    (.bytes(ByteRange(count: 0)), false, 0),
    (.bytes(ByteRange(skip: 2, count: 3)), false, 5),
    (.head(HeadTailCount(unit: .lines, count: "2")), true, 2),
    (.head(HeadTailCount(unit: .bytes, count: "+4")), false, 4),
  ]

  /// Where the stream must stop: after `units` lines or bytes; nil when the input is shorter.
  static func stop(_ input: [UInt8], lines: Bool, units: Int) -> Int? {
    guard units > 0 else { return 0 }
    guard lines else { return units <= input.count ? units : nil }
    let ends = input.indices.filter { input[$0] == 0x0A }.map { $0 + 1 }
    return units <= ends.count ? ends[units - 1] : nil
  }

  @Test(arguments: filters)
  func anyCutsGiveTheWholeInputOutput(_ filter: Filter, lines: Bool, units: Int) throws {
    for text in Self.inputs {
      let input = Array(text.utf8)
      let whole = try FilterRunner.run(
        filter, input: input, expand: { $0.literalText ?? "" }, workingDirectory: "/")
      for first in 0...input.count {
        for second in first...input.count {
          var stream = try #require(
            HeadStream.of(
              filter, headCount: { try? CoreutilsCount.parse($0.count.literalText ?? "").get() }))
          var output: [UInt8] = []
          var read = 0
          var stopped = false
          for (start, end) in [(0, first), (first, second), (second, input.count)]
          where !stopped && (start < end || start == 0) {
            let step = stream.consume(input[start..<end])
            output += step.output
            read += step.stop ?? (end - start)
            stopped = step.stop != nil
          }
          output += stream.finish().output
          #expect(
            output == whole.output,
            "\(filter) on \(text.debugDescription) cut at \(first), \(second)")
          let stop = Self.stop(input, lines: lines, units: units)
          #expect(stopped == (stop != nil), "\(filter) on \(text.debugDescription)")
          #expect(read == stop ?? input.count, "\(filter) on \(text.debugDescription)")
        }
      }
    }
  }

  /// `head -n1` stops at the first newline, before the bytes after it: the writer's outcome
  /// then only depends on what it writes after that.
  @Test func stopsRightAfterTheFirstLine() {
    var stream = HeadStream(unit: .lines, count: 1)
    #expect(stream.consume(Array("abc".utf8)[...]).stop == nil)
    let step = stream.consume(Array("de\nfgh\n".utf8)[...])
    #expect(step.output == Array("de\n".utf8))
    #expect(step.stop == 3)
  }

  /// `sed -n 'A,Bp'` reads to the end: it does not stream; `tail` and `head -n -N` neither.
  @Test func commandsThatReadEverythingDoNotStream() {
    let count = { (_: HeadTailCount) -> CoreutilsCount? in CoreutilsCount(sign: .minus, value: 2) }
    #expect(
      HeadStream.of(.lines(LineRange(from: 1, to: 1, readsToEnd: true)), headCount: count) == nil)
    #expect(HeadStream.of(.lines(LineRange(last: 3)), headCount: count) == nil)
    #expect(HeadStream.of(.head(HeadTailCount(unit: .lines, count: "-2")), headCount: count) == nil)
  }
}
