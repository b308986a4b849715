import SpecModel
import Testing

@testable import ScenarioRuntime

/// A streaming filter given its input in parts, of any size and cut anywhere (inside a line, a
/// multibyte character, a base64 group), writes, says and exits exactly as the same filter run
/// on the whole input (whose output the oracle tables compare with the real tools).
struct FilterStreamsTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var name: String
    var filter: Filter
    var testDescription: String { name }
  }

  static func grep(_ arguments: [String], _ change: (inout GrepInvocation) -> Void = { _ in })
    -> Filter
  {
    var invocation = grepInvocation(arguments)
    change(&invocation)
    return .grep(invocation)
  }

  static let rows: [Row] = [
    Row(name: "grep a", filter: grep(["a"])),
    Row(name: "grep -v a", filter: grep(["-v", "a"])),
    Row(name: "grep -c b", filter: grep(["-c", "b"])),
    Row(name: "grep -o 'a.'", filter: grep(["-o", "a."])),
    Row(name: "grep -i -w FOO", filter: grep(["-i", "-w", "FOO"])),
    Row(
      name: "grep -n -A1 b",
      filter: grep(["b"]) {
        $0.lineNumbers = true
        $0.afterContext = 1
      }),
    Row(name: "grep -B2 x", filter: grep(["x"]) { $0.beforeContext = 2 }),
    Row(
      name: "grep -C1 -m2 a",
      filter: grep(["-m", "2", "a"]) {
        $0.beforeContext = 1
        $0.afterContext = 1
      }),
    Row(name: "grep -q zz", filter: grep(["-q", "zz"])),
    Row(name: "grep -m1 é", filter: grep(["-m", "1", "é"])),
    Row(name: "grep -H -E 'a|é'", filter: grep(["-E", "a|é"]) { $0.withFilename = true }),
    Row(name: "grep -E '(' (an error)", filter: grep(["-E", "a("])),
    Row(name: "tr a-z A-Z", filter: .translate(Translation(set1: "abcxyz", set2: "ABCXYZ"))),
    Row(name: "tr -d a", filter: .translate(Translation(set1: "a"))),
    Row(
      name: "tr -s 'a\\n'", filter: .translate(Translation(set1: "a\n", set2: "a\n", squeeze: true))
    ),
    Row(
      name: "tr -ds x 'a\\n'",
      filter: .translate(Translation(set1: "x", set2: "a\n", deleteThenSqueeze: true))),
    Row(name: "tr -s a (an error)", filter: .translate(Translation(set1: "a", squeeze: true))),
    Row(name: "wc -c", filter: .count(.bytes)),
    Row(name: "wc -l", filter: .count(.lines)),
    Row(name: "wc -w", filter: .count(.words)),
    Row(name: "wc -m", filter: .count(.characters)),
    Row(name: "wc -L", filter: .count(.maxLineLength)),
    Row(
      name: "cut -c2-4",
      filter: .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 2, to: 4)]))),
    Row(
      name: "cut -d' ' -f2",
      filter: .cut(CutInvocation(unit: .fields, ranges: [CutRange(from: 2, to: 2)], delimiter: " "))
    ),
    Row(name: "sed s/a/X/g", filter: sedFilter([], "s/a/X/g")),
    Row(name: "sed -n s/b/Y/p", filter: sedFilter(["-n"], "s/b/Y/p")),
    Row(name: "sed -E 's/(x+)/[\\1]/'", filter: sedFilter(["-E"], "s/(x+)/[\\1]/")),
    Row(name: "sed '/a/d'", filter: sedFilter([], "/a/d")),
    Row(name: "sed -n '/é/p'", filter: sedFilter(["-n"], "/é/p")),
    Row(name: "sed 's/\\(/x/' (an error)", filter: sedFilter([], "s/\\(/x/")),
    Row(name: "uniq", filter: .uniq(UniqInvocation())),
    Row(name: "uniq -c", filter: .uniq(UniqInvocation(count: true))),
    Row(name: "uniq -d", filter: .uniq(UniqInvocation(repeated: true))),
    Row(name: "uniq -u -i", filter: .uniq(UniqInvocation(unique: true, ignoreCase: true))),
    Row(name: "cat", filter: .tee(files: [], append: false)),
    // (`tee /dev/stdout` is not here: tee writes each part it reads twice, as the real one
    // does with each buffer.)
    Row(name: "base64", filter: .base64(decode: false)),
    Row(name: "base64 -w0", filter: .base64(decode: false, wrap: 0)),
    Row(name: "base64 -w 10", filter: .base64(decode: false, wrap: 10)),
  ]

  static let inputs: [String] = [
    "",
    "a\n",
    "aa\naa\nab\nb\nbb\nbb\nbb\nx\nFOO foo\n\nxxx a\nzz\néé a\nAA\naa\nlast",
    String(repeating: "ab\naab\nx y z\nxx\n\n", count: 40) + "tail é",
    "one line without newline ééé",
  ]

  @Test(arguments: rows)
  func partsGiveTheWholeRun(_ row: Row) throws {
    for input in Self.inputs.map({ Array($0.utf8) }) {
      let whole = try runFilter(row.filter, input)
      for size in [1, 2, 3, 7, 64, 1000] {
        guard
          var stream = FilterStreams.of(
            row.filter, expand: { try? expander()($0) }, workingDirectory: "/")
        else {
          Issue.record("\(row.name) does not stream")
          return
        }
        var output: [UInt8] = []
        var start = 0
        var consumed = 0
        var stopped = false
        while start < input.count {
          let end = min(start + size, input.count)
          let step = stream.consume(input[start..<end])
          output += step.output
          if let stop = step.stop {
            consumed += stop
            stopped = true
            break
          }
          consumed += end - start
          start = end
        }
        let last = stream.finish()
        output += last.output
        let context = "\(row.name), parts of \(size) of \(input.count) bytes"
        #expect(text(output) == text(whole.output), "\(context)")
        #expect(last.status == whole.status, "\(context)")
        #expect(text(last.stderr) == text(whole.stderr), "\(context)")
        // Where the whole run says it stopped, the stream stopped too.
        if let wholeStop = whole.consumed, wholeStop < input.count, whole.status != 2 {
          #expect(stopped && consumed == wholeStop, "\(context)")
        }
      }
    }
  }
}
