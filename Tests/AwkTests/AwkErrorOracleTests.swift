import Testing

/// Programs awk refuses (syntax errors: status 2 and a message, as mawk; gawk exits 1) and
/// errors while running (status 2 in both).
@Suite struct AwkErrorOracleTests {
  static let syntax: [AwkOracleCase] = [
    awk("BEGIN { print 1"),
    awk("BEGIN { x = }"),
    awk("{ print $ }"),
    awk("BEGIN { print \"unterminated }"),
    awk("/unterminated {print}"),
    awk("BEGIN { a = 1 +* 2 }"),
    awk("BEGIN { if x print }"),
    awk("BEGIN { for (i = 0; i < 3 i++) print }"),
    awk("BEGIN { f(1) }"),
    awk("function f(a, a) { } BEGIN { }"),
    awk("BEGIN { 3 = x }"),
    awk("BEGIN { print 2 ** 3 }"),
    awk("BEGIN { getline < }"),
    awk("BEGIN { break }"),
    awk("BEGIN { return 1 }"),
    awk("BEGIN"),
    awk("BEGIN { print } }"),
    awk("{ print @ }"),
  ].map {
    var c = $0
    c.oracles = [.mawk]
    c.note = "gawk exits 1 on a syntax error"
    return c
  }

  static let runtime: [AwkOracleCase] = [
    awk(
      "BEGIN { z = 0; print 1 / z }", only: .gawk,
      note: "division by zero is an error as in gawk; mawk prints inf"),
    awk("BEGIN { z = 0; x = 5; x %= z }", only: .gawk, note: "as gawk; mawk gives nan"),
    awk(
      "BEGIN { print \"before\"; z = 0; y = 1 / z; print \"after\" }", only: .gawk,
      note: "as gawk; mawk goes on with inf"),
    awk("{ print $(-1) }", stdin: "a\n"),
    awk("BEGIN { a[1] = 1; a = 2 }"),
    awk("BEGIN { x = 1; x[1] = 2 }"),
    awk(
      "BEGIN { printf \"%d %d\\n\", 1 }", only: .gawk,
      note: "nothing is printed (gawk); mawk prints the part before"),
    awk("BEGIN { print match(\"a\", \"(\") }"),
    awk("{ n = split($0, p, \"([\"); print n }", stdin: "a b\n"),
    awk("-F", "a(", "{ print $1 }", stdin: "xa(y\n"),
  ]

  @Test(.requiresTools("/usr/bin/mawk"), arguments: syntax)
  func syntaxError(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }

  @Test(.requiresAwks, arguments: runtime)
  func runtimeError(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }
}
