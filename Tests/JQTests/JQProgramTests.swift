import Foundation
import JQ
import OracleSupport
import Testing

/// Programs whose compile verdicts must equal `jq -n`'s, alone and in a batch: ordinary
/// ones, and ones aimed at the batch and wrapper transformations.
private let compileCases: [(program: String, argumentNames: [String])] = [
  (".a | ]", []),
  ("1) | (2", []),
  ("(1", []),
  (")", []),
  ("\"unterminated", []),
  ("\"\\(1 + )\"", []),
  ("__jqw_batch_0", []),
  ("__jqw_input_filename", []),
  ("$__jqw_args", []),
  ("def f: 1;", []),
  ("module {a: 1}; .", []),
  ("import \"nosuch\" as m; .", []),
  ("include \"nosuch\"; .", []),
  (". # a comment", []),
  ("", []),
  ("# only a comment", []),
  ("$x", []),
  ("$x", ["x"]),
  ("$x + $y", ["x"]),
  ("$a::b", ["a::b"]),
  ("$ARGS.named[\"if\"]", ["if"]),
  ("$__loc__", []),
  ("foo", []),
  ("foo(1; 2)", []),
  ("reduce .[] as $x (0; . + $x)", []),
  ("def f: def g: 3; g; f", []),
  ("label $f | break $g", []),
  ("$ENV.HOME, env.HOME", []),
  ("input_filename, stderr, get_jq_origin, input_line_number", []),
  (". as [$a, {b: $c}] | $a, $c", []),
  ("@base32d", []),
  ("@nosuch", []),
  (".[] as $x | $x | $y", ["y"]),
  ("if . then 1 end", []),
  ("if . then 1 else 2 end", []),
  ("try error(\"x\") catch .", []),
  ("limit(3; .[]) | tostring | test(\"a\")", []),
  ("{(.a): 1, b, \"c\": 2, $x}", ["x"]),
  (".a |\n  nosuch\n", []),
]

@Suite struct JQProgramTests {
  @Test func compilesAValidProgram() throws {
    let program = try JQProgram.compile(".items[] | {id}").get()
    #expect(program.source == ".items[] | {id}")
  }

  @Test func reportsJQsSyntaxError() {
    let result = JQProgram.compile(".a | ]")
    #expect(
      result
        == .failure(
          JQError(
            """
            jq: error: syntax error, unexpected INVALID_CHARACTER (Unix shell quoting issues?) \
            at <top-level>, line 1:
            .a | ]     
            jq: 1 compile error
            """)))
  }

  @Test func argumentNamesDeclareVariables() {
    #expect(throws: JQError.self) { try JQProgram.compile("$name").get() }
    #expect(throws: Never.self) { try JQProgram.compile("$name", argumentNames: ["name"]).get() }
  }

  @Test(
    .enabled(if: JQOracle.isAvailable, "\(JQOracle.path) is missing: oracle comparison skipped"))
  func verdictsMatchTheJQCommandLineAloneAndInABatch() throws {
    let batch = JQProgram.compile(compileCases)
    for (entry, batched) in zip(compileCases, batch) {
      let alone = JQProgram.compile(entry.program, argumentNames: entry.argumentNames)
      let arguments = entry.argumentNames.flatMap { ["--arg", $0, ""] }
      let oracle = try JQOracle.run(["-n"] + arguments + [entry.program], input: [])
      let expected: String? = oracle.status == 3 ? String(oracle.stderr.dropLast()) : nil
      #expect(
        alone.errorMessage == expected, "jq -n \(arguments) \(entry.program.debugDescription)")
      #expect(
        batched.errorMessage == expected,
        "batched: jq -n \(arguments) \(entry.program.debugDescription)")
    }
  }

  /// A batch of more programs than `JQEngine.minimumParallelProbes`, none compiled before
  /// (a fresh token in each), has its parse checks run on two threads: every verdict must
  /// still be `jq -n`'s, in order, duplicates included.
  @Test(
    .enabled(if: JQOracle.isAvailable, "\(JQOracle.path) is missing: oracle comparison skipped"))
  func verdictsOfAFreshBatchProbedOnTwoThreadsMatchTheJQCommandLine() throws {
    let token = UUID().uuidString.prefix(8).lowercased()
    let shapes: [(String, [String])] = [
      (".id # T", []),  // certainly compiles
      (".a | ] # T", []),  // does not parse
      ("nosuch_T", []),  // parses, undefined function
      (". as $x | $x # T", []),  // parses, batched
      ("$v | tostring # T", ["v"]),  // bound argument
      ("$v # T", []),  // unbound variable
      ("def f: 1; f # T", []),  // definition: batched
      ("include \"nosuch_T\"; .", []),  // module directive
      ("__jqw_T", []),  // reserved prefix: never transformed
      ("(.a # T", []),  // unterminated
    ]
    var programs: [(program: String, argumentNames: [String])] = []
    for round in 0..<3 {
      for (shape, names) in shapes {
        programs.append((shape.replacingOccurrences(of: "T", with: "\(token)\(round)"), names))
      }
    }
    programs.append(programs[0])
    programs.append(programs[2])
    let batch = JQProgram.compile(programs)
    #expect(batch.count == programs.count)
    for (entry, batched) in zip(programs, batch) {
      let arguments = entry.argumentNames.flatMap { ["--arg", $0, ""] }
      let oracle = try JQOracle.run(["-n"] + arguments + [entry.program], input: [])
      let expected: String? = oracle.status == 3 ? String(oracle.stderr.dropLast()) : nil
      #expect(
        batched.errorMessage == expected,
        "batched: jq -n \(arguments) \(entry.program.debugDescription)")
    }
  }

  @Test func aBatchOf150ProgramsCompilesFastAndLikeOneByOne() {
    let token = UUID().uuidString.prefix(8)  // programs no earlier test compiled
    var programs: [(program: String, argumentNames: [String])] = (0..<150).map { index in
      (
        ".items[] | select(.n > \(index)) | {id, name: (.name // \"\(token)\"), tags: [.tags[]?]}"
          + " | .id |= (. + $offset)", ["offset"]
      )
    }
    let typicalShapes = [
      ".id", ".items | length", ".items[] | select(.ok) | .name", "map(.id)", "keys",
      ".[0]", ".a.b.c", "[.[] | .x] | add", "to_entries | map(.key)", ".name | test(\"^a\")",
      "@base64", ".x // \"default\"", ".status == \"ok\"", ".items[] | {id, name}", "$v",
    ]
    let typical = (0..<150).map { index in
      (
        typicalShapes[index % typicalShapes.count] + " | tostring | length + \(index) # \(token)",
        ["v"]
      )
    }
    // The thread's CPU time, so that other work on the machine does not count.
    let typicalStart = ThreadCPUTime.now
    #expect(JQProgram.compile(typical).allSatisfy { (try? $0.get()) != nil })
    let typicalElapsed = ThreadCPUTime.now - typicalStart
    print("jq batch compile of 150 typical programs: \(typicalElapsed)")
    // ~35 ms alone; no bound here, since parallel suites make wall time meaningless in tests:
    // tools/benchmark measures it.

    let valid = programs.map { ($0.program + " | length", $0.argumentNames) }
    programs[40] = ("nosuch_\(token)", [])
    programs[99] = (".a | ] \(token)", [])
    let validStart = ThreadCPUTime.now
    #expect(JQProgram.compile(valid).allSatisfy { (try? $0.get()) != nil })
    let validElapsed = ThreadCPUTime.now - validStart
    print("jq batch compile of 150 heavier programs: \(validElapsed)")
    // ~60 ms alone; one by one would be ~2 s. Wide enough for a busy machine.
    #expect(validElapsed < .milliseconds(1500))

    let start = ThreadCPUTime.now
    let results = JQProgram.compile(programs)
    let elapsed = ThreadCPUTime.now - start
    print("jq batch compile of 150 heavier programs, 2 failing: \(elapsed)")
    #expect(elapsed < .milliseconds(3000))
    #expect(results.count == 150)
    for (index, result) in results.enumerated() {
      if index == 40 || index == 99 {
        #expect(throws: JQError.self) { try result.get() }
      } else {
        #expect(throws: Never.self) { try result.get() }
      }
    }
    guard case .failure(let error) = results[40] else { return }
    #expect(error.message.hasPrefix("jq: error: nosuch_\(token)/0 is not defined"))
    #expect(results[40] == JQProgram.compile(programs[40].program))
  }

  @Test func compilesAndRunsConcurrently() async {
    let programs = (0..<8).map { "[.[] | . * \($0)] | add" }
    await withTaskGroup(of: Bool.self) { group in
      for index in 0..<32 {
        group.addTask {
          let program = programs[index % programs.count]
          guard (try? JQProgram.compile(program).get()) != nil else { return false }
          let result = JQ.run(program: program, input: Array("[1, 2, 3]".utf8))
          let expected = "\(6 * (index % programs.count))\n"
          return result == JQResult(stdout: Array(expected.utf8), stderr: "", status: 0)
        }
      }
      for await succeeded in group {
        #expect(succeeded)
      }
    }
  }

  @Test func runsASmallFilterOverA2KBBodyWellUnderAMillisecond() {
    var items: [String] = []
    for index in 0..<34 {
      items.append(
        #"{"id": \#(index), "name": "item-\#(index)", "price": \#(index).5, "ok": true}"#)
    }
    let body = Array(#"{"items": [\#(items.joined(separator: ", "))], "total": 24}"#.utf8)
    #expect(body.count > 1900 && body.count < 2300)
    let program = ".items[] | select(.price > 10) | {id, name}"
    let options = JQOptions(compact: true)
    let first = JQ.run(program: program, input: body, options: options)
    #expect(first.status == 0)
    let runs = 2000
    let start = ThreadCPUTime.now
    for _ in 0..<runs {
      _ = JQ.run(program: program, input: body, options: options)
    }
    let perRun = (ThreadCPUTime.now - start) / runs
    print("jq run of a small filter over a \(body.count)-byte body: \(perRun) per run")
    // ~0.1 ms alone; 5 ms still tells reuse from recompiling (~13 ms) on a busy machine.
    #expect(perRun < .milliseconds(5))
  }

  @Test func argumentValuesDoNotRecompile() {
    let program = "$greeting + \", \" + .name"
    _ = JQ.run(
      program: program, input: Array(#"{"name": "x"}"#.utf8),
      arguments: [JQArgument(name: "greeting", value: "warm-up")])
    let start = ThreadCPUTime.now
    for index in 0..<500 {
      let result = JQ.run(
        program: program, input: Array(#"{"name": "Ada"}"#.utf8),
        arguments: [JQArgument(name: "greeting", value: "hello \(index)")])
      #expect(result.stdout == Array("\"hello \(index), Ada\"\n".utf8))
    }
    let perRun = (ThreadCPUTime.now - start) / 500
    print("jq run with a new --arg value each time: \(perRun) per run")
    // ~0.1 ms alone; 5 ms still tells reuse from recompiling (~13 ms) on a busy machine.
    #expect(perRun < .milliseconds(5))
  }
}

extension Result where Failure == JQError {
  fileprivate var errorMessage: String? {
    if case .failure(let error) = self { return error.message }
    return nil
  }
}
