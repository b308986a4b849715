import Testing

/// `sleep` against GNU sleep: suffixes, several operands, exponents, durations known at run
/// time, and the message and status for one it cannot read.
@Suite(.requiresTools("/bin/sleep"))
struct SleepOracleTests {
  static let cases: [CommandOracleCase] = [
    "sleep 0.01\necho ok",
    "sleep 0.005s 0.005\necho ok",
    "sleep 1e-2\necho ok",
    "sleep 0.0001m\necho ok",
    "sleep 0.000001h 0d\necho ok",
    "D=0.01\nsleep \"$D\"\necho ok",
    "D=0.01s\nsleep $D\necho ok",
    "D=x\nsleep \"$D\"\necho not-reached",
    "D=-1\nsleep \"$D\" || echo \"failed $?\"",
    "D=1x\nif sleep \"$D\"; then echo yes; else echo no; fi",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
