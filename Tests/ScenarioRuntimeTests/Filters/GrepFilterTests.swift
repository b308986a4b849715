import ScenarioRuntime
import SpecModel
import Testing

struct GrepFilterTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var input: String
    var output: String
    var status: Int32
    var stderr = ""
    var testDescription: String {
      "grep \(arguments.map(\.debugDescription).joined(separator: " ")) < \(input.debugDescription)"
    }
  }

  static let http400 =
    "HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\nUpgrade: websocket\r\n\r\n"
  static let sse = "event: audit.created\ndata: {\"id\":1}\n\nevent: auditXlog\ndata: [DONE]\n\n"

  static let rows: [Row] = [
    // Selection and status.
    Row(
      arguments: ["^HTTP/.* 400 "], input: http400, output: "HTTP/1.1 400 Bad Request\r\n",
      status: 0),
    Row(arguments: ["-qi", "^upgrade: *websocket"], input: http400, output: "", status: 0),
    Row(arguments: ["-q", "^upgrade: *websocket"], input: http400, output: "", status: 1),
    Row(arguments: ["^event: audit\\."], input: sse, output: "event: audit.created\n", status: 0),
    Row(arguments: ["-c", "^data: "], input: sse, output: "2\n", status: 0),
    Row(arguments: ["-c", "nothing"], input: sse, output: "0\n", status: 1),
    Row(arguments: ["-v", "^$"], input: "a\n\nb", output: "a\nb\n", status: 0),
    Row(arguments: ["x"], input: "", output: "", status: 1),
    Row(arguments: [""], input: "a\n\n", output: "a\n\n", status: 0),
    Row(arguments: ["-m", "1", "a"], input: "a1\na2\n", output: "a1\n", status: 0),
    Row(arguments: ["-m", "0", "a"], input: "a1\n", output: "", status: 1),
    Row(arguments: ["a\nz"], input: "a\nb\nz\n", output: "a\nz\n", status: 0),
    // The last line gets a newline.
    Row(arguments: ["b"], input: "a\nb", output: "b\n", status: 0),
    // `$` does not match before a carriage return.
    Row(arguments: ["-c", "OK$"], input: "HTTP/1.1 200 OK\r\n", output: "0\n", status: 1),
    // Parts.
    Row(
      arguments: ["-oE", "[A-Za-z0-9+/=]+"], input: "x: dGVzdA==;y\n", output: "x\ndGVzdA==\ny\n",
      status: 0),
    Row(arguments: ["-o", "\"id\":[0-9]*"], input: sse, output: "\"id\":1\n", status: 0),
    Row(arguments: ["-o", "x*"], input: "abc\n", output: "", status: 0),
    Row(arguments: ["-oE", "a|ab"], input: "ab\n", output: "ab\n", status: 0),
    Row(
      arguments: ["-ow", "foo"], input: "foo-bar foobar foo_x foo\n", output: "foo\nfoo\n",
      status: 0),
    Row(arguments: ["-x", "a*b"], input: "aab\nxab\n", output: "aab\n", status: 0),
    Row(arguments: ["-w", "ab"], input: "xab ab\n", output: "xab ab\n", status: 0),
    // BRE versus ERE.
    Row(arguments: ["a+b"], input: "a+b\naab\n", output: "a+b\n", status: 0),
    Row(arguments: ["a\\+b"], input: "a+b\naab\n", output: "aab\n", status: 0),
    Row(arguments: ["-E", "a+b"], input: "a+b\naab\n", output: "aab\n", status: 0),
    Row(arguments: ["\\(ab\\)\\1"], input: "abab\nab\n", output: "abab\n", status: 0),
    Row(arguments: ["[]a]"], input: "]\nb\n", output: "]\n", status: 0),
    Row(arguments: ["[\\]"], input: "\\\nn\n", output: "\\\n", status: 0),
    Row(
      arguments: ["-o", "[[:upper:]][[:lower:]]*"], input: "Hello École\n",
      output: "Hello\nÉcole\n", status: 0),
    Row(arguments: ["-F", "a.b"], input: "a.b\naxb\n", output: "a.b\n", status: 0),
    Row(
      arguments: ["-oP", "\"id\":\"\\K[^\"]+"], input: "{\"id\":\"abc\"}\n", output: "abc\n",
      status: 0),
    Row(arguments: ["-oP", "\\d+"], input: "a٣b 12\n", output: "12\n", status: 0),
    // Errors and warnings.
    Row(
      arguments: ["\\("], input: "a\n", output: "", status: 2, stderr: "grep: Unmatched ( or \\(\n"),
    Row(
      arguments: ["["], input: "a\n", output: "", status: 2,
      stderr: "grep: Invalid regular expression\n"),
    Row(
      arguments: ["[a"], input: "a\n", output: "", status: 2,
      stderr: "grep: Unmatched [, [^, [:, [., or [=\n"),
    Row(
      arguments: ["[:alpha:]"], input: "a\n", output: "", status: 2,
      stderr: "grep: character class syntax is [[:space:]], not [:space:]\n"),
    Row(arguments: ["a\\{1"], input: "a\n", output: "", status: 2, stderr: "grep: Unmatched \\{\n"),
    Row(
      arguments: ["\\1"], input: "a\n", output: "", status: 2,
      stderr: "grep: Invalid back reference\n"),
    Row(
      arguments: ["-E", "*a"], input: "a\n", output: "a\n", status: 0,
      stderr: "grep: warning: * at start of expression\n"),
    Row(arguments: ["-E", ")"], input: "a)\n", output: "a)\n", status: 0),
    Row(
      arguments: ["-P", "a("], input: "a\n", output: "", status: 2,
      stderr: "grep: missing closing parenthesis\n"),
  ]

  @Test(arguments: rows)
  func grep(_ row: Row) throws {
    let result = try runFilter(.grep(grepInvocation(row.arguments)), row.input)
    #expect(text(result.output) == row.output)
    #expect(result.status == row.status)
    #expect(text(result.stderr) == row.stderr)
  }

  @Test func binaryInputIsNotPrinted() throws {
    let input: [UInt8] = [0x61, 0x62, 0x0A, 0x63, 0x00, 0x62, 0x0A]
    let result = try runFilter(.grep(grepInvocation(["b"])), input)
    #expect(result.output.isEmpty)
    #expect(result.status == 0)
    #expect(text(result.stderr) == "grep: (standard input): binary file matches\n")
    // NUL ends a line, as a newline does.
    #expect(try runFilter(.grep(grepInvocation(["-c", "b"])), input).output == bytes("2\n"))
  }

  @Test func linesWithInvalidUTF8AreWithheld() throws {
    let input: [UInt8] = Array("ab\n".utf8) + [0xFF] + Array("ab\nab\n".utf8)
    let result = try runFilter(.grep(grepInvocation(["b"])), input)
    #expect(text(result.output) == "ab\nab\n")
    #expect(text(result.stderr) == "grep: (standard input): binary file matches\n")
    #expect(try runFilter(.grep(grepInvocation(["-o", "b"])), input).output == bytes("b\nb\nb\n"))
  }

  @Test func patternIsExpanded() throws {
    let filter = Filter.grep(
      GrepInvocation(pattern: Template([.literal("^id="), .variable("ID")])))
    let result = try runFilter(filter, bytes("id=42\nid=7\n"), variables: ["ID": "42"])
    #expect(text(result.output) == "id=42\n")
    #expect(throws: UnboundVariable(name: "ID")) { try runFilter(filter, bytes("")) }
  }
}

/// Linux's `NSRegularExpression` copies the whole text on every call: a line's matches must
/// not cost one call each (a 1 MB line with 40 000 matches took minutes that way).
struct FilterScalingTests {
  static let line: [UInt8] = {
    var json = Array("{\"items\":[".utf8)
    for index in 0..<40_000 { json += Array("{\"id\":\"id-\(index)\",\"v\":\(index)},".utf8) }
    return json + Array("{}]}\n".utf8)
  }()

  @Test(
    .timeLimit(.minutes(1)),
    arguments: [
      Filter.grep(grepInvocation(["-o", "\"id\":\"[^\"]*\""])),
      Filter.grep(grepInvocation(["-ow", "id-[0-9]*"])),
      Filter.grep(grepInvocation(["-oE", "\"id\":\"id-[0-9]+\"|\"v\":[0-9]+"])),
      Filter.substitute(SedSubstitution(pattern: "id\\|v", replacement: "X", global: true)),
    ])
  func manyMatchesOnALongLine(_ filter: Filter) throws {
    // One call per match would take minutes: the time limit catches it.
    let result = try runFilter(filter, Self.line)
    #expect(result.status == 0)
    #expect(result.output.count > 300_000)
  }
}
