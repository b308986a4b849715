import Testing

/// `seq` as a command, against GNU seq: one to three operands, negative and fractional steps,
/// exponents, `-s`, `-w`, `-f`, operands known at run time, and the messages for bad operands
/// and formats.
@Suite(.requiresTools("/usr/bin/seq"))
struct SeqPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "seq 3",
    "seq 0",
    "seq 2 5",
    "seq 5 2",
    "seq 1 3 10",
    "seq 10 -3 1",
    "seq -3 -1",
    "seq -- -1 1",
    "seq 0.1 0.1 0.5",
    "seq 0 0.25 1",
    "seq 1 0.5 3",
    "seq 1.50 2",
    "seq 0 0.000001 0.000003",
    "seq 1e2 1e2",
    "seq 1e1 5 3e1",
    "seq 2.5e-1 0.25 1",
    "seq -s, 5",
    "seq -s ' | ' 3",
    "seq --separator=: 3",
    "seq -s '' 4",
    "seq -w 8 11",
    "seq -w -5 5",
    "seq -w 1 0.5 3",
    "seq -w 0.5 10",
    "seq --equal-width 98 101",
    "seq -f %03g 3",
    "seq -f 'n=%.2f' 1 0.5 2",
    "seq -f '%e' 2",
    "seq --format='%g%%' 3",
    "seq -ws, 9 11",
    "N=4\nseq \"$N\"",
    "A=2 B=3\nseq \"$A\" \"$B\" 9",
    "seq 3 | sort -r",
    "X=$(seq -s+ 4)\necho $(( X ))",
    "for i in $(seq 2); do echo \"i=$i\"; done",
    "seq abc",
    "seq 1 0 3",
    "seq -f %d 3",
    "seq -f %g%g 3",
    "seq -f x 3",
    "seq -f 'a%' 3",
    "N=''\nseq \"$N\"",
    "N=1.5.2\nseq \"$N\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
