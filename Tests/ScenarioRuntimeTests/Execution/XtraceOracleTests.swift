import Foundation
import Testing

@testable import ScenarioRuntime

/// `set -x` against bash 5.2: the trace lines on standard error (`+ cmd args`, `++` inside a
/// command substitution, `+ X=value`), with bash's quoting of words. bash runs the commands of
/// a pipeline in parallel, so it prints their lines in no fixed order: those cases compare the
/// lines as a set (`unordered`).
struct XtraceCase: CustomTestStringConvertible, Sendable {
  var name: String
  var bash: String
  var unordered: Bool

  init(_ name: String, _ bash: String, unordered: Bool = false) {
    self.name = name
    self.bash = bash
    self.unordered = unordered
  }

  var testDescription: String { name }
}

let xtraceCases: [XtraceCase] = [
  XtraceCase("simple commands", "set -x\necho hello world\ntrue\n: noop\nprintf '%s\\n' a b"),
  XtraceCase("set -o xtrace and set +x", "set -o xtrace\necho a\nset +x\necho b"),
  XtraceCase(
    "quoting of words",
    #"""
    set -x
    echo "a b" '' "it's" "'" '$x' 'a*' '~x' 'a=~b' 'a:~' '#c' 'd#' 'x~' 'p|q' 'e!' '{}'
    echo $'tab\there' $'\001' $'a\nb' é "$(printf 'a\\b')" 'x"y'
    """#),
  XtraceCase(
    "assignments",
    #"""
    set -x
    X=1
    Y="a b"
    Z=
    W=$X$Y
    Q="it's"
    N=$'line\nnext'
    """#),
  XtraceCase(
    "command substitutions",
    #"""
    set -x
    X=$(echo hi)
    echo "$(echo inner) out"
    Y=$(printf '%s' "a b")
    echo "[$X]" "$Y"
    """#),
  XtraceCase(
    "positional parameters and arithmetic",
    #"""
    set -- "a b" '' c
    set -x
    echo "$@"
    i=0
    echo $((i += 2)) "$i" "$#"
    shift
    echo "$*"
    """#),
  XtraceCase(
    "functions",
    #"""
    f() {
      echo "[$1]" "$#"
      inner=$(($# + 1))
    }
    g() { f "$@"; }
    set -x
    f "a b" ''
    g x
    V=$(f y)
    echo "$V" "$inner"
    """#),
  XtraceCase("a pipeline", "set -x\necho a b | tr a-z A-Z | cat", unordered: true),
  XtraceCase(
    "a function as a pipeline stage", "up() { tr a-z A-Z; }\nset -x\necho abc | up",
    unordered: true),
  XtraceCase(
    "a captured pipeline", "set -x\nX=$(echo 'a b' | tr ' ' _)\necho \"$X\"", unordered: true),
  XtraceCase(
    "conditions and lists",
    #"""
    set -x
    if [ a = a ]; then echo yes; fi
    test -n x && echo ok
    ! false
    false || echo recovered
    i=0
    while [ "$i" != 2 ]; do i=$((i + 1)); done
    case abc in a*) echo m ;; *) echo n ;; esac
    """#),
  XtraceCase(
    "redirections do not redirect the trace",
    "set -x\necho a 2>/dev/null\ncat missing 2>/dev/null || echo no\necho b >/dev/null\necho c >&2"),
  XtraceCase("a failing command ends the scenario", "set -x\necho a\nfalse\necho b"),
  XtraceCase(
    "a subshell and a group", "set -x\n(echo sub; X=1)\n{ echo group; Y=2; }\necho \"${X-unset}\""),
]

@Suite(.serialized) struct XtraceOracleTests {
  @Test(arguments: xtraceCases) func matchesBash(_ c: XtraceCase) async throws {
    try await Self.expectSame(c.bash, unordered: c.unordered)
  }

  /// `curl … | jq …` against the test server, with real curl and jq for bash: the trace lines
  /// of both commands and of the assignment.
  @Test func curlIntoJQ() async throws {
    let server = try await TestHTTPServer.start()
    let transport = HTTPClientTransport()
    try await Self.expectSame(
      #"""
      set -x
      curl -sS "$B/json" | jq -c .
      X=$(curl -s -H 'Accept: application/json' "$B/json" | jq -r 'keys | join(",")')
      echo "$X"
      """#, unordered: true, variables: ["B": server.baseURL], transport: transport)
    try await transport.shutdown()
    await server.stop()
  }

  /// Forms whose trace the runtime does not print are positioned compile errors.
  @Test(arguments: [
    ("set -x\n[[ a == \"$x\" ]]", "set -x: tracing a quoted expansion in a pattern", 2),
    ("set -x\n(( $i + 1 ))", "set -x: tracing an arithmetic expression with '$' expansions", 2),
    ("set -x\nf() { local -a y=(1); }", "set -x: tracing an array or '+=' in 'local'", 2),
    ("echo a\nset -x\ns+=$(echo x)", "set -x: this assignment's value cannot be traced", 3),
  ])
  func untraceableFormsAreErrors(_ bash: String, _ message: String, _ line: Int) throws {
    let error = try #require(throws: Snippet.CompileFailure.self) { try Snippet.compile(bash) }
    // The block starts at line 10 of the snippet document.
    #expect(
      error.diagnostics.contains { $0.contains(":\(9 + line):") && $0.contains(message) },
      "\(error.diagnostics)")
  }

  @Test func setXInASetupBlockIsAnError() throws {
    let error = try #require(throws: Snippet.CompileFailure.self) {
      try Snippet.compile(setup: "set -x", "echo a")
    }
    #expect(error.diagnostics.contains { $0.contains("set -x in a setup block is not supported") })
  }

  @Test func aSetupFunctionCalledUnderTraceIsAnError() throws {
    let error = try #require(throws: Snippet.CompileFailure.self) {
      try Snippet.compile(setup: "f() { echo a; }", "set -x\nf")
    }
    #expect(
      error.diagnostics.contains { $0.contains("function 'f' is defined outside this block") })
  }

  static func expectSame(
    _ bash: String, unordered: Bool, variables: [String: String] = [:],
    transport: any CurlTransport = FakeTransport(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws {
    let compiled = try Snippet.compile(bash)
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (status, out, err) = try await BashOracle.runBash(
      setup: nil, bash, in: directory, variables: variables)
    BashOracle.clear(directory)
    let result = await Snippet.interpret(
      compiled, in: directory, variables: variables, transport: transport)
    func shape(_ text: String) -> [String] {
      let lines = BashOracle.normalize(text).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map(String.init)
      return unordered ? lines.sorted() : lines
    }
    let expected = shape(String(decoding: err, as: UTF8.self))
    #expect(!expected.filter { $0.hasPrefix("+") }.isEmpty, sourceLocation: sourceLocation)
    #expect(result.status == status, sourceLocation: sourceLocation)
    #expect(result.stdout == out, "\(result.out)", sourceLocation: sourceLocation)
    #expect(
      shape(result.err) == expected,
      "interpreter:\n\(result.err)\nbash:\n\(String(decoding: err, as: UTF8.self))",
      sourceLocation: sourceLocation)
  }
}
