import Foundation
import Testing

@testable import JQ

/// Programs (all parse) with the names bound as `--arg`, and whether `JQCertainCompile` is
/// certain they compile. Every certain one must compile under `jq -n`.
private let certainCases: [(program: String, names: [String], certain: Bool)] = [
  (".", [], true),
  ("", [], true),
  ("# only a comment", [], true),
  (".a.b[0] | {id, name: .n, \"k\": 1, (.x): 2, $v}", ["v"], true),
  ("{a, b: length, c: (keys | length)} | .a", [], true),
  ("{a: .x | tostring, b}", [], true),
  (".and, .if, .def, .reduce", [], true),
  ("[.[] | select(.ok and (.n > 1e3) or .m < .5)] | length", [], true),
  ("limit(1; .[]) | test(\"a\"; \"x\")", [], true),
  ("if . then true elif null then false else null end", [], true),
  ("try error(\"x\") catch . | not", [], true),
  ("\"a # not a comment (\" | ascii_downcase # a comment ;\n| length", [], true),
  ("$ENV.HOME, $__loc__, $ARGS.named, $ x", ["x"], true),
  ("..|numbers", [], true),
  (".a |= 1 | .b += 2 | .c //= 3", [], true),
  ("sub(\"a\"; \"b\"; \"g\") | splits(\"x\")", [], true),
  ("nosuch", [], false),
  ("length(1)", [], false),
  ("limit(1)", [], false),
  ("null(1)", [], false),
  ("$x", [], false),
  ("$if", ["if"], false),
  ("\"\\(nosuch)\"", [], false),
  ("\"\\(1)\"", [], false),
  ("@base64", [], false),
  (".[] as $x | $x", [], false),
  ("reduce .[] as $x (0; . + $x)", [], false),
  ("def f: 1; f", [], false),
  ("label $out | 1", [], false),
  ("{a: nosuch}", [], false),
  ("{(nosuch): 1}", [], false),
  ("[nosuch]", [], false),
  ("1 as $x | 2", [], false),
  ("..a", [], false),
]

@Suite struct JQCertainCompileTests {
  @Test func builtinsAreTheLinkedLibjqsBuiltins() {
    let result = JQ.run(
      program: "builtins | sort | join(\" \")", input: Array("null".utf8),
      options: JQOptions(rawOutput: true))
    #expect(result.status == 0)
    let listed = Set(
      String(decoding: result.stdout, as: UTF8.self).split(separator: " ").map {
        $0.trimmingCharacters(in: .whitespacesAndNewlines)
      })
    #expect(listed == JQCertainCompile.builtins)
  }

  @Test func certainOnlyOfWhatItFollows() {
    for entry in certainCases {
      #expect(
        JQCertainCompile.compiles(entry.program, names: Set(entry.names)) == entry.certain,
        "\(entry.program.debugDescription) \(entry.names)")
    }
  }

  @Test(
    .enabled(if: JQOracle.isAvailable, "\(JQOracle.path) is missing: oracle comparison skipped"))
  func everyCertainProgramCompilesUnderTheJQCommandLine() throws {
    for entry in certainCases {
      let arguments = entry.names.flatMap { ["--arg", $0, ""] }
      let oracle = try JQOracle.run(["-n"] + arguments + [entry.program], input: [])
      let compiles = oracle.status != 3
      if entry.certain {
        #expect(compiles, "jq -n \(arguments) \(entry.program.debugDescription): \(oracle.stderr)")
      }
      let verdict = JQProgram.compile(entry.program, argumentNames: entry.names)
      #expect(
        verdict.errorMessage == (compiles ? nil : String(oracle.stderr.dropLast())),
        "jq -n \(arguments) \(entry.program.debugDescription)")
    }
  }
}

extension Result where Failure == JQError {
  fileprivate var errorMessage: String? {
    if case .failure(let error) = self { return error.message }
    return nil
  }
}
