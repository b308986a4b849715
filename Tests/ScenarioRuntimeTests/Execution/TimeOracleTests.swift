import Foundation
import Testing

/// `time [-p] PIPELINE` against bash 5.2: the report's shape on standard error (bash's default,
/// `-p`, `TIMEFORMAT` with `%R %U %S %P %%`, precisions and `l`, empty, an invalid character),
/// the pipeline's output and status, and the report printed before `set -e` ends the script.
/// The figures vary from run to run, so every run of digits reads `N` on both sides.
@Suite struct TimeOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("default format", "time echo hi\necho after"),
    ShellOracleCase("posix format", "time -p printf 'a\\nb\\n' | sort -r"),
    ShellOracleCase(
      "TIMEFORMAT", "TIMEFORMAT='%R|%3lR|%1U|%0S|%2lE|%P%%|x'\ntime true\nTIMEFORMAT=''\ntime true"),
    ShellOracleCase("an invalid format character", "TIMEFORMAT='a %Q b'\ntime true\necho \"$?\""),
    ShellOracleCase("the status", "time false || echo \"status $?\"\ntime false\necho never"),
    ShellOracleCase(
      "a function and a sleep", "f() {\n  sleep 0.01\n  echo in f\n}\nTIMEFORMAT=%lR\ntime f"),
  ]

  @Test(arguments: cases) func matchesBashShape(_ c: ShellOracleCase) async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (status, out, err) = try await BashOracle.runBash(
      setup: c.setup, c.bash, in: directory, variables: c.variables)
    let compiled = try Snippet.compile(setup: c.setup, c.bash)
    let result = await Snippet.interpret(compiled, in: directory, variables: c.variables)
    #expect(result.status == status)
    #expect(result.out == String(decoding: out, as: UTF8.self))
    let expected = Self.shape(String(decoding: err, as: UTF8.self))
    #expect(Self.shape(result.err) == expected)
    // The cases print a report: a comparison of two empty outputs would prove nothing.
    #expect(!expected.isEmpty)
  }

  static func shape(_ stderr: String) -> String {
    BashOracle.normalize(stderr).replacing(/[0-9]+/, with: "N")
  }
}
