import Foundation
import Synchronization
import Testing

@testable import JQ

/// Oniguruma's globals are set up by one direct match (`OnigurumaWarmUp`), not by compiling a
/// jq program; regex programs then behave as under `jq` 1.6, also when run on many threads at
/// once.
@Suite struct OnigurumaWarmUpTests {
  /// The direct path is taken here (libjq is linked with Oniguruma): no fallback to a jq
  /// compilation.
  @Test func findsOnigurumaAndMatches() {
    #expect(OnigurumaWarmUp.run())
  }

  private static let programs: [(program: String, input: String)] = [
    (#"test("a")"#, #""cat""#),
    (#"test("^A"; "i")"#, #""abc""#),
    (#"[match("(a)(b)?"; "g") | .captures | map(.string)]"#, #""aab ab""#),
    (#"capture("(?<y>[0-9]{4})-(?<m>[0-9]{2})")"#, #""on 2026-12 ok""#),
    (#"[scan("é+")]"#, #""céé é""#),
    (#"sub("(?<x>b+)"; "<\(.x)>")"#, #""abbbc""#),
    (#"gsub("\\s+"; " ")"#, #""a  b\t\tc""#),
    (#"split(", *"; null)"#, #""a, b,c""#),
    (#"test("(")"#, #""x""#),
  ]

  @Test func regexProgramsMatchTheJQCommandLine() throws {
    try #require(JQOracle.isAvailable)
    for (program, input) in Self.programs {
      let bytes = Array((input + "\n").utf8)
      let ours = JQ.run(program: program, input: bytes, options: JQOptions(compact: true))
      let oracle = try JQOracle.run(["-c", program], input: bytes)
      #expect(ours.stdout == oracle.stdout, "\(program)")
      #expect(ours.stderr == oracle.stderr, "\(program)")
      #expect(ours.status == oracle.status, "\(program)")
    }
  }

  /// Regex programs started together on many threads give the results of one at a time.
  @Test func concurrentRegexRunsAgree() {
    let programs = Self.programs
    let expected = programs.map { program, input in
      JQ.run(program: program, input: Array(input.utf8), options: JQOptions(compact: true))
    }
    let results = Mutex<[Int: JQResult]>([:])
    DispatchQueue.concurrentPerform(iterations: programs.count * 8) { index in
      let (program, input) = programs[index % programs.count]
      let result = JQ.run(
        program: program, input: Array(input.utf8), options: JQOptions(compact: true))
      results.withLock { $0[index] = result }
    }
    for (index, result) in results.withLock({ $0 }) {
      #expect(result == expected[index % programs.count], "\(programs[index % programs.count])")
    }
  }
}
