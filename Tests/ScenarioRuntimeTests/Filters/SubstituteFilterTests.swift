import ScenarioRuntime
import SpecModel
import Testing

struct SubstituteFilterTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var options: [String] = []
    var script: String
    var input: String
    var output: String
    var status: Int32 = 0
    var stderr = ""
    var testDescription: String {
      "sed \((options + [script]).joined(separator: " ")) < \(input.debugDescription)"
    }
  }

  static let rows: [Row] = [
    Row(script: "s/a/b/", input: "aaa\n", output: "baa\n"),
    Row(script: "s/a/b/g", input: "aaa\naa", output: "bbb\nbb"),
    Row(script: "s/x*/-/g", input: "abc\n", output: "-a-b-c-\n"),
    Row(script: "s/x*/-/g", input: "xab\n", output: "-a-b-\n"),
    // GNU sed steps over a multibyte character byte by byte after an empty match.
    Row(script: "s/x*/-/g", input: "é\n", output: "-\u{FFFD}-\u{FFFD}-\n"),
    Row(script: "s/\\(.\\)\\(.\\)/\\2\\1/", input: "abc\n", output: "bac\n"),
    Row(
      script: "s/.*\"token\":\"\\([^\"]*\\)\".*/\\1/", input: "{\"token\":\"eyJ.x\",\"n\":1}\n",
      output: "eyJ.x\n"),
    Row(
      options: ["-E"], script: "s/^(HTTP\\/[0-9.]+) ([0-9]+).*/\\2/",
      input: "HTTP/1.1 201 Created\r\nx: y\r\n", output: "201\nx: y\r\n"),
    Row(
      options: ["-n"], script: "s/^data: //p", input: "event: e\ndata: {}\n\ndata: 1",
      output: "{}\n1"),
    Row(script: "s/\\r$//", input: "a\r\nb\r\n", output: "a\nb\n"),
    Row(script: "s/a/[&]/g", input: "banana\n", output: "b[a]n[a]n[a]\n"),
    Row(script: "s/a/\\&/", input: "a\n", output: "&\n"),
    Row(script: "s/a/\\n/", input: "bab\n", output: "b\nb\n"),
    Row(script: "s/\\w\\+/\\u&/g", input: "hello world\n", output: "Hello World\n"),
    Row(script: "s/.*/\\U&/", input: "abc é\n", output: "ABC É\n"),
    Row(script: "s/\\([a-z]\\)\\([a-z]*\\)/\\U\\1\\E\\2/g", input: "ab cd\n", output: "Ab Cd\n"),
    Row(script: "s/o/0/Ig", input: "Foo\n", output: "F00\n"),
    Row(script: "s|/|_|g", input: "/a/b\n", output: "_a_b\n"),
    Row(options: ["-E"], script: "s/(a|ab)(c|bcd)?/[\\1,\\2]/", input: "abc\n", output: "[ab,c]\n"),
    Row(script: "s/\\t/TAB/", input: "a\tb\n", output: "aTABb\n"),
    Row(
      script: "s/\\(/x/", input: "a\n", output: "", status: 1,
      stderr: "sed: -e expression #1, char 7: Unmatched ( or \\(\n"),
    Row(
      script: "s/a/\\2/", input: "a\n", output: "", status: 1,
      stderr: "sed: -e expression #1, char 7: invalid reference \\2 on `s' command's RHS\n"),
    Row(
      options: ["-E"], script: "s/*a/X/", input: "a\n", output: "", status: 1,
      stderr: "sed: -e expression #1, char 7: Invalid preceding regular expression\n"),
  ]

  @Test(arguments: rows)
  func substitute(_ row: Row) throws {
    let result = try runFilter(sedFilter(row.options, row.script), row.input)
    #expect(text(result.output) == row.output)
    #expect(result.status == row.status)
    #expect(text(result.stderr) == row.stderr)
  }

  @Test func keepsTheBytesItDoesNotReplace() throws {
    let input: [UInt8] = [0x61, 0xFF, 0x62, 0x0A]
    let result = try runFilter(.substitute(SedSubstitution(pattern: "a", replacement: "X")), input)
    #expect(result.output == [0x58, 0xFF, 0x62, 0x0A])
    // `.` does not match an invalid byte.
    let dot = try runFilter(.substitute(SedSubstitution(pattern: "a.b", replacement: "X")), input)
    #expect(dot.output == input)
  }
}
