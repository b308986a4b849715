import Foundation
import Testing

@testable import Awk

/// The command line and the program text as parsed values, positioned errors, and what is
/// rejected as unsupported.
@Suite struct AwkParserTests {
  /// Parentheses or unary operators thousands deep are an error, not a stack overflow (awk
  /// programs are parsed at compile time since awk is reachable from documents).
  @Test(arguments: [
    "{ print " + String(repeating: "(", count: 20000) + "1" + String(repeating: ")", count: 20000)
      + " }",
    "{ print " + String(repeating: "!", count: 20000) + "1 }",
  ])
  func deepNestingIsAnErrorNotACrash(_ program: String) {
    #expect(throws: AwkError.self) { try AwkParser.parse(program) }
  }

  @Test func parsesItemsIntoTheirLists() throws {
    let program = try Awk.parse(program: "BEGIN { x = 1 } $1 > 2 { print $2 } END { print x }")
    #expect(program.begin.count == 1)
    #expect(program.rules.count == 1)
    #expect(program.end.count == 1)
    #expect(
      program.rules[0].pattern
        == .expression(.binary(.greater, .lvalue(.field(.number(1))), .number(2))))
  }

  @Test func parsesTheCommandLine() throws {
    let invocation = try Awk.parse(arguments: [
      "-F", "\\t", "-v", "n=a\\tb", "-vm=2", "--", "{print $2}", "x=1", "file", "-",
    ])
    #expect(invocation.fieldSeparator == AwkBytes([0x09]))
    #expect(invocation.assignments.map(\.name) == ["n", "m"])
    #expect(invocation.assignments[0].value == AwkBytes("a\tb"))
    #expect(invocation.operands == ["x=1", "file", "-"])
    #expect(invocation.source == "{print $2}")
  }

  @Test func commandLineErrors() {
    #expect(throws: AwkError(.usage, "no program given")) { try Awk.parse(arguments: ["-F,"]) }
    #expect(throws: AwkError(.usage, "option requires an argument -- v")) {
      try Awk.parse(arguments: ["-v"])
    }
    #expect(throws: AwkError(.usage, "improper assignment: -v 1x=2")) {
      try Awk.parse(arguments: ["-v", "1x=2", "{}"])
    }
    #expect(throws: AwkError.self) { try Awk.parse(arguments: ["-f", "prog.awk"]) }
  }

  /// A bad program gives one error at the offending token's line and column.
  @Test(arguments: [
    ("BEGIN { print 1", 1, 16, "syntax error at or near end of file"),
    ("BEGIN {\n  x = = 2\n}", 2, 7, "syntax error at or near ="),
    ("{ print $ }", 1, 11, "syntax error at or near }"),
    ("BEGIN { f(1) }", 1, 9, "function f never defined"),
    ("\n\nBEGIN { s = \"abc\n}", 3, 13, "runaway string constant \"abc ..."),
    ("BEGIN { print 2 ** 3 }", 1, 17, "syntax error: '**' is not POSIX awk (use '^')"),
    ("BEGIN { break }", 1, 9, "break outside a loop"),
    // Comparisons do not chain; gawk rejects this too (mawk reads `(1 < 2) < 3`).
    ("BEGIN { print 1 < 2 < 3 }", 1, 21, "syntax error at or near <"),
    // A print redirection takes a concatenation, not `?:` (gawk; mawk writes to file `gt`).
    ("BEGIN { print x > \"abd\" ? \"gt\" : \"le\" }", 1, 25, "syntax error at or near ?"),
  ])
  func positionedErrors(source: String, line: Int, column: Int, message: String) {
    #expect(throws: AwkError(.syntax, message, line: line, column: column)) {
      try Awk.parse(program: source)
    }
  }

  @Test(arguments: [
    ("BEGIN { system(\"ls\") }", 1, 9),
    ("{ print | \"sort\" }", 1, 9),
    ("BEGIN { \"date\" | getline d }", 1, 16),
    ("{ nextfile }", 1, 3),
  ])
  func rejectsWhatRunsCommands(source: String, line: Int, column: Int) throws {
    let error = try #require(throws: AwkError.self) { try Awk.parse(program: source) }
    #expect(error.kind == .unsupported)
    #expect(error.line == line)
    #expect(error.column == column)
  }

  @Test func descriptionHasThePosition() {
    #expect(AwkError(.syntax, "bad", line: 2, column: 5).description == "2:5: bad")
  }

  @Test func programRoundTripsThroughJSON() throws {
    let invocation = try Awk.parse(arguments: [
      "-F,",
      "function f(a, b) { a[1] = b; return length(a) }"
        + " /x/, NR == 3 { n += f(arr, $2); sub(/a/, \"\\\\&\", $1) } END { printf \"%d\\n\", n > \"o\" }",
    ])
    let data = try JSONEncoder().encode(invocation)
    #expect(try JSONDecoder().decode(AwkInvocation.self, from: data) == invocation)
  }

  @Test func bytesThatAreNotUTF8EncodeAsNumbers() throws {
    let data = try JSONEncoder().encode([AwkBytes([0xFF, 0x41]), AwkBytes("ok")])
    #expect(String(decoding: data, as: UTF8.self) == "[[255,65],\"ok\"]")
    #expect(try JSONDecoder().decode([AwkBytes].self, from: data)[0] == AwkBytes([0xFF, 0x41]))
  }
}
