import JQ
import OracleSupport
import Testing

/// One `printf INPUT | jq OPTIONS ARGUMENTS PROGRAM` invocation.
struct OracleCase: Sendable, CustomTestStringConvertible {
  var name: String
  var program: String
  var input: [UInt8]
  var options = JQOptions()
  var arguments: [JQArgument] = []
  /// After the program: `--args`/`--jsonargs` switches before each change of kind.
  var positional: [JQPositionalArgument] = []

  init(
    _ name: String, _ program: String, input: String = "", options: JQOptions = JQOptions(),
    arguments: [JQArgument] = [], positional: [JQPositionalArgument] = []
  ) {
    self.name = name
    self.program = program
    self.input = Array(input.utf8)
    self.options = options
    self.arguments = arguments
    self.positional = positional
  }

  init(_ name: String, _ program: String, bytes: [UInt8], options: JQOptions = JQOptions()) {
    self.name = name
    self.program = program
    self.input = bytes
    self.options = options
  }

  var commandLine: [String] {
    var line = options.commandLineArguments + arguments.flatMap(\.commandLineArguments) + [program]
    var json: Bool?
    for argument in positional {
      if json != argument.json { line.append(argument.json ? "--jsonargs" : "--args") }
      json = argument.json
      line.append(argument.value)
    }
    return line
  }

  var testDescription: String { name }

  /// `jq COMMAND LINE` over the input, for `OracleTable`.
  var invocation: ProcessOracleBatch.Invocation {
    ProcessOracleBatch.Invocation([JQOracle.path] + commandLine, stdin: input)
  }
}

private let document = """
  {"id": 7, "name": "widget", "tags": ["a", "b"], "items": [{"id": 1, "n": 2}, {"id": 2, "n": 5}],
   "nested": {"z": [1, [2, [3, []]]], "a": {}}}
  """

let oracleCases: [OracleCase] = [
  // Formatting and values
  OracleCase("identity, nested arrays and objects", ".", input: document),
  OracleCase("key order preserved", ".", input: #"{"z":1,"a":2,"m":{"y":1,"b":2}}"#),
  OracleCase("empty containers", ".", input: #"[[], {}, [{}], {"a": []}]"#),
  OracleCase(
    "unicode and escapes", ".",
    input: #"["\u00e9", "é", "\u0001\u001f\u007f", "\t\n\r\b\f", "/ \/", "\ud83d\ude00", "\"\\"]"#),
  OracleCase("control characters in keys", ".", input: #"{"\u0000k\u001b": "\u2028\u2029"}"#),
  OracleCase(
    "large and small numbers", ".",
    input:
      "[1e1000, -1e1000, 1.0, 100000000000000000000, -0, 3.14159265358979, 0.1, 1e-7, 1.5e300, 1e17, 12345678901234567890, 0.30000000000000004]"
  ),
  OracleCase("arithmetic", "[.[] * 3, .[0] / 3, -.[1]]", input: "[1.1, 2]"),
  OracleCase("array slice", ".[0:5]", input: "[1,2,3,4,5,6,7]"),
  OracleCase("string slice", ".[2:4]", input: #""abcdef""#),
  OracleCase("map", "map(. + 1)", input: "[1, 2, 3]"),
  OracleCase("select", ".items[] | select(.n > 3)", input: document),
  OracleCase("object construction shorthand", ".items[] | {id}", input: document),
  OracleCase(
    "length of each kind", "[.[] | length]", input: #"[[1,2], "héllo", {"a":1}, null, -5]"#),
  OracleCase("keys sorted", "keys", input: #"{"b":1,"a":2,"c":3}"#),
  OracleCase("@base64 and back", "@base64, (@base64 | @base64d)", input: #""hé llo""#),
  OracleCase("tostring", ".[] | tostring", input: #"[1, "a", [1,{"b":null}], 1.5]"#),
  OracleCase(
    "test with oniguruma", "[.[] | test(\"^a.c$\"; \"i\")]", input: #"["abc", "AXC", "abcd"]"#),
  OracleCase(
    "string formats", "@csv, @tsv, @sh, @html, @uri, @json",
    input: #"["a,b", "c\td", "it's", "<&>"]"#),
  OracleCase(
    "reduce and limit", "reduce limit(5; repeat(2)) as $x (0; . + $x)",
    options: JQOptions(nullInput: true)),
  OracleCase(
    "first and range", "first(range(10; 0; -1)), [limit(3; range(100))]",
    options: JQOptions(nullInput: true)),
  OracleCase(
    "label and break", "label $out | 1, 2, break $out, 3", options: JQOptions(nullInput: true)),
  OracleCase("$__loc__", "1 as $x |\n$__loc__", options: JQOptions(nullInput: true)),
  OracleCase("program ending in a comment", ". # the end", input: "1"),
  OracleCase("program of definitions only", "def f: 1;", input: "[2]"),
  OracleCase(
    "get_jq_origin as jq on the PATH", "get_jq_origin", options: JQOptions(nullInput: true)),

  // Arguments
  OracleCase(
    "--arg", "$x + \"!\", $ARGS", input: "null",
    arguments: [JQArgument(name: "x", value: "hé \"q\"")]),
  OracleCase(
    "--argjson", "$j.a[1], $s", input: "null",
    arguments: [
      JQArgument(name: "j", value: #"{"a": [1, 2]}"#, json: true),
      JQArgument(name: "s", value: "plain"),
    ]),
  OracleCase(
    "repeated --arg: the first wins", "$x, $ARGS.named", input: "null",
    arguments: [JQArgument(name: "x", value: "1"), JQArgument(name: "x", value: "2")]),
  OracleCase(
    "invalid --argjson", ".", input: "1",
    arguments: [JQArgument(name: "j", value: "{", json: true)]),
  OracleCase(
    "--arg named like a keyword", "$ARGS.named", input: "null",
    arguments: [JQArgument(name: "if", value: "x"), JQArgument(name: "a-b", value: "y")]),
  OracleCase("undeclared variable", "$nope", input: "null"),

  // Exit status
  OracleCase("-e with false", ".", input: "false", options: JQOptions(exitStatus: true)),
  OracleCase("-e with null", ".a", input: "{}", options: JQOptions(exitStatus: true)),
  OracleCase("-e with no output", "empty", input: "1", options: JQOptions(exitStatus: true)),
  OracleCase("-e with true", ".", input: "true", options: JQOptions(exitStatus: true)),
  OracleCase(
    "-e with a last output of 0", ".[]", input: "[null, 0]", options: JQOptions(exitStatus: true)),
  OracleCase("-e with a runtime error", ".a", input: "\"s\"", options: JQOptions(exitStatus: true)),
  OracleCase("false without -e", ".", input: "false"),

  // Output options
  OracleCase(
    "-r on strings", ".[]", input: #"["a", "b\nc", "é"]"#, options: JQOptions(rawOutput: true)),
  OracleCase("-r on arrays", ".", input: #"[["a"], "b"]"#, options: JQOptions(rawOutput: true)),
  OracleCase("-j", ".[]", input: #"["a", 1, ["b"]]"#, options: JQOptions(joinOutput: true)),
  OracleCase("-c", ".", input: document, options: JQOptions(compact: true)),
  OracleCase(
    "-S", ".", input: #"{"b": {"y": 1, "x": 2}, "a": [{"d": 1, "c": 2}]}"#,
    options: JQOptions(sortKeys: true)),
  OracleCase("--tab", ".", input: document, options: JQOptions(tab: true)),
  OracleCase("--indent 4", ".", input: document, options: JQOptions(indent: 4)),
  OracleCase("--indent 0", ".", input: document, options: JQOptions(indent: 0)),
  OracleCase(
    "--indent 7 with --tab", ".", input: document, options: JQOptions(tab: true, indent: 7)),
  OracleCase("--indent 8 is refused", ".", input: "1", options: JQOptions(indent: 8)),
  OracleCase(
    "--args and --jsonargs in $ARGS", "$ARGS", options: JQOptions(nullInput: true, compact: true),
    arguments: [JQArgument(name: "k", value: "v")],
    positional: [
      JQPositionalArgument("a b"), JQPositionalArgument("1", json: true),
      JQPositionalArgument(#"{"x":[2]}"#, json: true), JQPositionalArgument("é"),
    ]),
  OracleCase(
    "$ARGS.positional on each input", "[., $ARGS.positional[0]]", input: "1 2",
    options: JQOptions(compact: true), positional: [JQPositionalArgument("x")]),
  OracleCase(
    "-a escapes non-ASCII", ".", input: #"{"é": ["\u2603", "a\u0000", "😀"]}"#,
    options: JQOptions(asciiOutput: true)),
  OracleCase(
    "-a -r writes strings quoted", ".[]", input: #"["é", "plain", 1]"#,
    options: JQOptions(rawOutput: true, asciiOutput: true)),
  OracleCase(
    "-a -j", ".[]", input: #"["é", 2]"#, options: JQOptions(joinOutput: true, asciiOutput: true)),
  OracleCase(
    "-C colors every kind", ".", input: #"{"a": [1, "x", null, true, false, {"b": []}]}"#,
    options: JQOptions(colorOutput: true)),
  OracleCase(
    "-C -c", ".", input: #"{"a": [1, "x", null]}"#,
    options: JQOptions(compact: true, colorOutput: true)),
  OracleCase(
    "-C -r leaves strings plain", ".[]", input: #"["x", {"k": "v"}]"#,
    options: JQOptions(rawOutput: true, colorOutput: true)),
  OracleCase(
    "-C -S --tab", ".", input: #"{"b": 1, "a": [true]}"#,
    options: JQOptions(sortKeys: true, tab: true, colorOutput: true)),
  OracleCase(
    "-a -C", ".", input: #"["é"]"#, options: JQOptions(asciiOutput: true, colorOutput: true)),
  OracleCase(
    "-c wins over --tab", ".", input: document, options: JQOptions(compact: true, tab: true)),

  // Input options
  OracleCase("-s", ".", input: "1 [2]\n{\"a\": 3}", options: JQOptions(slurp: true)),
  OracleCase("-R", ".", input: "a\nb é\n\nlast", options: JQOptions(rawInput: true)),
  OracleCase("-R with a trailing newline", ".", input: "a\n", options: JQOptions(rawInput: true)),
  OracleCase("-R -s", ".", input: "a\nb\n", options: JQOptions(slurp: true, rawInput: true)),
  OracleCase("-n", "1 + 1", input: "ignored", options: JQOptions(nullInput: true)),
  OracleCase(
    "-n with input and inputs", "input, [inputs]", input: "1 2\n3",
    options: JQOptions(nullInput: true)),
  OracleCase(
    "-n with input past the end", "input, input", input: "1", options: JQOptions(nullInput: true)),
  OracleCase(
    "-n -R with inputs", "[inputs]", input: "x\ny",
    options: JQOptions(rawInput: true, nullInput: true)),
  OracleCase(
    "-n -s with input", "., input", input: "1 2", options: JQOptions(slurp: true, nullInput: true)),
  OracleCase("multiple JSON texts", ". * 2", input: "1 2\n3"),
  OracleCase("empty input", ".", input: ""),
  OracleCase("whitespace-only input", ".", input: " \n\n "),
  OracleCase("empty input with -e", ".", input: "", options: JQOptions(exitStatus: true)),
  OracleCase("empty input with -s", ".", input: "", options: JQOptions(slurp: true)),
  OracleCase(
    "empty input with -R -s", ".", input: "", options: JQOptions(slurp: true, rawInput: true)),
  OracleCase(
    "input_filename and input_line_number", "[input_filename, input_line_number]",
    input: "1\n2\n\n3"),
  OracleCase(
    "input_filename before any input", "input_filename", options: JQOptions(nullInput: true)),

  // Input errors
  OracleCase(
    "non-JSON input (HTML)", ".", input: "<!DOCTYPE html>\n<html><body>hi</body></html>\n"),
  OracleCase("trailing garbage", ".", input: "{\"a\": 1} xyz"),
  OracleCase("unfinished JSON", ".", input: "{\"a\": [1, 2"),
  OracleCase("invalid numeric literal", ".", input: "[1, 2] 1x"),
  OracleCase(
    "parse error after outputs with -e", ".", input: "true {", options: JQOptions(exitStatus: true)),
  OracleCase("invalid UTF-8 replaced", ".", bytes: [0x22, 0x61, 0xFF, 0xC3, 0x22, 0x0A]),
  OracleCase("NUL byte in input", ".", bytes: [0x31, 0x00, 0x32, 0x0A]),
  OracleCase(
    "NUL byte in raw input", ".", bytes: [0x61, 0x00, 0x62, 0x0A, 0x63],
    options: JQOptions(rawInput: true)),
  OracleCase("byte order mark", ".", bytes: [0xEF, 0xBB, 0xBF, 0x5B, 0x31, 0x5D]),

  // Runtime errors
  OracleCase("cannot index string", ".x", input: "\"abc\"\n"),
  OracleCase(
    "error position on a later line", ".[] | .x", input: "[{\"x\": 1}]\n\n[\n  \"s\"\n]\n"),
  OracleCase("error then success: the last status wins", ".x", input: "\"a\" {\"x\": 1}"),
  OracleCase("error before any input with -n", "1 | .x", options: JQOptions(nullInput: true)),
  OracleCase("error(\"x\")", "error(\"x\")", input: "1"),
  OracleCase("error with an object", "error({\"a\": 1})", input: "1"),
  OracleCase("error(null)", "error(null)", input: "1"),
  OracleCase(
    "try/catch", "try error(\"x\") catch ., (.[] | try tonumber catch \"nan\")",
    input: #"["1", "a"]"#),
  OracleCase("string with a NUL in an error", "error(\"a\\u0000b\")", input: "1"),

  // halt and halt_error
  OracleCase("halt_error with a string", "\"bye\\n\" | halt_error", input: "1"),
  OracleCase("halt_error with an object and a status", "{a: .} | halt_error(3)", input: "1"),
  OracleCase("halt_error(0) with null", "null | halt_error(0)", input: "1"),
  OracleCase("halt", "1, halt, 2", input: "1"),
  OracleCase("halt on one of several inputs", "if . == 2 then halt else . end", input: "1 2 3"),
  OracleCase(
    "halt then no output (status 14)", "if . == 2 then halt else empty end", input: "1 2 3"),
  OracleCase("halt_error with a non-number status", "halt_error(\"x\")", input: "1"),
  OracleCase("halt_error(300)", "\"m\" | halt_error(300)", input: "1"),

  // stderr
  OracleCase("debug", "{a: .} | debug | .a", input: "[1, {\"b\": 2}]"),
  OracleCase(
    "debug with -S -c", "{b: 1, a: 2} | debug", input: "1",
    options: JQOptions(compact: true, sortKeys: true)),
  OracleCase("stderr builtin", "{a: [1, \"x\"]} | stderr | .a", input: "1"),

  // Edge cases
  OracleCase(
    "nan and infinities", "[nan, infinite, -infinite, (nan | isnan)]",
    options: JQOptions(nullInput: true)),
  OracleCase("lone surrogate escapes", ".", input: #"["\ud800", "\udc00x", "\ud800\ud800"]"#),
  OracleCase(
    "nesting beyond the parser's depth limit", ".",
    input: String(repeating: "[", count: 300) + String(repeating: "]", count: 300)),
  OracleCase(
    "a line longer than jq's 4 KB buffer", ".[1] | length",
    input: "[" + String(repeating: "1,", count: 6000) + "1]"),
  OracleCase(
    "an error after a long line", ".x", input: String(repeating: " ", count: 5000) + "\"s\"\n[1]\n"),
  OracleCase(
    "-R with a line longer than 4 KB", "length",
    input: String(repeating: "é", count: 3000) + "\nshort", options: JQOptions(rawInput: true)),
  OracleCase("CRLF line ends", ".", input: "{\"a\": 1}\r\n[2]\r\n"),
  OracleCase(
    "-R with CRLF line ends", ".", input: "a\r\nb\r\n", options: JQOptions(rawInput: true)),
  OracleCase(
    "-r with a NUL in a string", ".", input: #""a\u0000b""#, options: JQOptions(rawOutput: true)),
  OracleCase("halt_error with a NUL in the message", "\"a\\u0000b\\n\" | halt_error", input: "1"),
  OracleCase("input inside the main program", ". as $a | input | [$a, .]", input: "1 2 3"),
  OracleCase(
    "input_line_number after the last input", "[inputs] | input_line_number", input: "1\n2\n",
    options: JQOptions(nullInput: true)),
  OracleCase(
    "error after inputs ran out", "[inputs] | .x", input: "\"a\"\n\"b\"\n",
    options: JQOptions(nullInput: true)),
  OracleCase(
    "regex functions",
    "[match(\"(?<x>a)(b)?\"; \"g\") | .captures | length], sub(\"a\"; \"A\"), gsub(\"(?<l>[a-z])\"; \"<\\(.l)>\"), [scan(\"b+\")], capture(\"(?<first>.)\")",
    input: #""abba""#),
  OracleCase(
    "path functions",
    "[paths], [leaf_paths], getpath([\"a\", 0]), del(.a[0]), setpath([\"b\"]; 1), to_entries, with_entries(.value |= tostring)",
    input: #"{"a": [1, {"c": 2}]}"#),
  OracleCase(
    "string functions",
    "ascii_downcase, ltrimstr(\"A\"), explode, (explode | implode), split(\"b\"), [splits(\"b+\")], ascii, @text, (tojson | fromjson)",
    input: #""ABbbc""#),
  OracleCase("fromjson of invalid JSON", "fromjson", input: #""{bad""#),
  OracleCase(
    "dates",
    "todate, (todate | fromdate), (gmtime | mktime), strftime(\"%Y-%m-%dT%H:%M:%SZ %j %a\")",
    input: "1425599621"),
  OracleCase(
    "walk and combinations",
    "walk(if type == \"number\" then . + 1 else . end), [[1, 2], [3, 4]] as $x | [$x | combinations]",
    input: #"{"a": [1, {"b": 2}]}"#),
  OracleCase(
    "$ENV and env agree", "$ENV.PATH == env.PATH, ($ENV | type)",
    options: JQOptions(nullInput: true)),
  OracleCase(
    "$__loc__ on a later line with --arg", "$x |\n\n$__loc__",
    arguments: [JQArgument(name: "x", value: "v")]),
  OracleCase(
    "tostring and tojson of numbers", "map(tostring), map(tojson), (.[0] | @text)",
    input: "[1.0, 1e1000, 0.1, -0, 1e-5, 123456789012345678]"),
  OracleCase(
    "sort, group, unique", "sort, (group_by(.a) | length), unique_by(.a), min_by(.a), max_by(.b)",
    input: #"[{"a": 2, "b": 1}, {"a": 1, "b": 3}, {"a": 2, "b": 0}]"#),
  OracleCase("limit(0)", "[limit(0; 1, 2)], first(empty)?, [.[]?]", input: "5"),
  OracleCase(
    "-e with halt_error(0)", "halt_error(0)", input: "\"x\\n\"",
    options: JQOptions(exitStatus: true)),
  OracleCase("-s with a parse error", ".", input: "1 2 {", options: JQOptions(slurp: true)),
  OracleCase(
    "-n ignores bad input it never reads", "42", input: "{{{", options: JQOptions(nullInput: true)),
  OracleCase(
    "-n with input from bad input", "input", input: "{{{", options: JQOptions(nullInput: true)),
  OracleCase(
    "--arg with an empty name and value", "$ARGS", input: "null",
    arguments: [JQArgument(name: "", value: "")]),
  OracleCase(
    "--argjson with trailing text", ".", input: "1",
    arguments: [JQArgument(name: "j", value: "1 2", json: true)]),

  // --seq and --stream
  OracleCase("--seq output", ".[]", input: #"[1, {"a": "x"}]"#, options: JQOptions(seq: true)),
  OracleCase(
    "--seq -r", ".[]", input: #"["x", 1]"#, options: JQOptions(rawOutput: true, seq: true)),
  OracleCase(
    "--seq input and a skipped bad text", ".",
    input: "\u{1E}{\"a\":1}\n\u{1E}{bad\n\u{1E}[2]\n", options: JQOptions(compact: true, seq: true)),
  OracleCase("--seq truncated text", ".", input: "1 2", options: JQOptions(seq: true)),
  OracleCase("--stream", ".", input: document, options: JQOptions(compact: true, stream: true)),
  OracleCase(
    "--stream -n fromstream", "[fromstream(inputs)]", input: document,
    options: JQOptions(nullInput: true, compact: true, stream: true)),
  OracleCase(
    "--stream -s", ".", input: #"{"a": [1]} 2"#,
    options: JQOptions(slurp: true, compact: true, stream: true)),
  OracleCase(
    "--stream truncate_stream", "[1 | truncate_stream(inputs)]", input: document,
    options: JQOptions(nullInput: true, compact: true, stream: true)),
  OracleCase(
    "--stream with a parse error", ".", input: #"{"a": [1, 2"#,
    options: JQOptions(compact: true, stream: true)),
  OracleCase(
    "--stream --seq", ".", input: "\u{1E}[1]\n\u{1E}{\"b\": 2}\n",
    options: JQOptions(compact: true, seq: true, stream: true)),

  // Compile errors
  OracleCase("syntax error", ".a | ]", input: "1"),
  OracleCase("undefined function", "foo(1)", input: "1"),
  OracleCase("two compile errors", "foo | bar", input: "1"),
  OracleCase("error on a later line", ".a |\n  nosuch", input: "1"),
  OracleCase("missing module", "import \"nosuchmodule\" as m; .", input: "1"),
]

@Suite(
  .enabled(
    if: JQOracle.isAvailable,
    "\(JQOracle.path) is missing: the jq oracle comparisons are skipped"))
struct JQOracleTests {
  /// `jq` of every case, run in one batch (each a process of its own) on first use.
  static let table = OracleTable(oracleCases.map(\.invocation))

  @Test(arguments: oracleCases)
  func matchesTheJQCommandLine(_ testCase: OracleCase) async throws {
    let expected = try await Self.table.outcome(testCase.invocation)
    let actual = JQ.run(
      program: testCase.program, input: testCase.input, options: testCase.options,
      arguments: testCase.arguments, positional: testCase.positional)
    #expect(
      String(decoding: actual.stdout, as: UTF8.self)
        == String(decoding: expected.stdout, as: UTF8.self), "stdout of jq \(testCase.commandLine)")
    #expect(actual.stdout == expected.stdout, "stdout bytes of jq \(testCase.commandLine)")
    #expect(
      actual.stderr == String(decoding: expected.stderr, as: UTF8.self),
      "stderr of jq \(testCase.commandLine)")
    #expect(actual.status == expected.status, "status of jq \(testCase.commandLine)")
  }

  @Test func coversEnoughCases() {
    #expect(oracleCases.count >= 40)
  }
}
