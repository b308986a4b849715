import Testing

/// Arithmetic, assignment operators, increments, concatenation, comparisons with numeric
/// strings, arrays (`in`, `delete`, multi-dimensional subscripts, `for (k in a)`).
@Suite struct AwkExpressionOracleTests {
  static let cases: [AwkOracleCase] = [
    awk("BEGIN { print 1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 % 3, -7 % 3, 2 ^ 10 }"),
    awk("BEGIN { print 2 ^ 3 ^ 2, -2 ^ 2, 2 ^ -1 }"),
    awk("BEGIN { print 1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4 }"),
    awk("BEGIN { print 5.5 % 2, -5.5 % 2 }"),
    awk(
      "BEGIN { x = 10; x += 5; print x; x -= 3; print x; x *= 2; print x; x /= 4; print x; x %= 4; print x; x ^= 3; print x }"
    ),
    awk("BEGIN { x = 5; print x++, x, ++x, x, x--, x, --x, x }"),
    awk("BEGIN { print -\"3\", +\"4x\", !\"0\", !0, !\"\" }"),
    awk("BEGIN { a = b = 4; print a, b }"),
    awk("BEGIN { x = \"3\" + \"4\"; y = \"3\" \"4\"; print x, y }"),
    awk("BEGIN { print 1 \" \" 2, 1 2, 1 -1 }"),
    awk("BEGIN { x = 2; print x \" \" x++ \" \" x }"),
    awk("BEGIN { print (\"10\" < \"9\"), (10 < 9), (\"abc\" < \"abd\"), (2 < 10) }"),
    awk("{ print ($1 < $2), ($1 == $2) }", stdin: "10 9\n9 10\n1.0 1\nabc 10\n010 10\n"),
    awk("{ print ($1 < 5) }", stdin: "10\n3\nabc\n"),
    awk("{ x = $1; print (x < 5) }", stdin: "10\n3\n"),
    awk("{ x = $1 \"\"; print (x < 5) }", stdin: "10\n3\n"),
    awk("{ print ($1 == \"1\") }", stdin: "1\n1.0\n"),
    awk(
      "BEGIN { print (x < 1), (x == \"\"), (x == 0), length(x) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk("BEGIN { print 1 == 1.0, \"1\" == 1.0, \"a\" > \"B\" }"),
    awk("BEGIN { print 1e3 == 1000, \"1e3\" == 1000, 0.1 + 0.2 == 0.3 }"),
    awk("BEGIN { x = \"abc\"; print (x > \"abd\") ? \"gt\" : \"le\" }"),
    awk(
      "BEGIN { print (1, 2) in a, length(a) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "BEGIN { a[\"x\"] = 1; print (\"x\" in a), (\"y\" in a), length(a) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "BEGIN { if (a[\"x\"] == \"\") print length(a) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk("BEGIN { a[1, 2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2], a[k] } }"),
    awk("BEGIN { a[1, 2] = 3; print ((1, 2) in a), ((2, 1) in a) }"),
    awk("BEGIN { SUBSEP = \":\"; a[\"x\", \"y\"] = 1; for (k in a) print k }"),
    awk(
      "BEGIN { a[1]; a[2]; a[3]; delete a[2]; print length(a), (2 in a), (3 in a) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "BEGIN { a[1]; a[2]; delete a; print length(a); a[5] = 1; print length(a) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "{ count[$1]++ } END { for (k in count) print k, count[k] }", stdin: "a\nb\na\nc\na\nb\n",
      sorted: true),
    awk(
      "{ sum[$1] += $2 } END { for (k in sum) print k, sum[k] }", stdin: "x 1\ny 2\nx 3\n",
      sorted: true),
    awk("BEGIN { a[01] = \"one\"; print a[1], a[\"01\"] \"|\" }"),
    awk("BEGIN { a[0.5 + 0.5] = \"int\"; print a[1] }"),
    awk("{ a[NR] = $0 } END { for (i = NR; i > 0; i--) print a[i] }", stdin: "1\n2\n3\n"),
    awk(
      "BEGIN { n = split(\"c a b\", arr); for (i = 1; i <= n; i++) out = out arr[i]; print out }"),
    awk(
      "BEGIN { x[1] = 1; for (k in x) delete x[k]; print length(x) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk("BEGIN { for (k in ENVIRON) if (k == \"AWK_ORACLE\") print k, ENVIRON[k] }"),
    awk("BEGIN { print ENVIRON[\"AWK_ORACLE\"] + 1 }"),
    awk("BEGIN { $0 = \"a b c\"; print NF, $2 }"),
    awk("BEGIN { x = \"A\"; x = x x; x = x x; print x }"),
    awk("BEGIN { s = \"\"; for (i = 0; i < 5; i++) s = s i; print s }"),
    awk("BEGIN { print 10 % 3 * 2, 2 * 10 % 3 }"),
    awk("BEGIN { print 1 - - 1, 1 - -1, - - 2 }"),
    awk(
      "BEGIN { i = 5; a[i++] = i; for (k in a) print k, a[k] }", only: .gawk,
      note: "POSIX leaves the order unspecified: the value first, as gawk (mawk: the subscript)"),
    awk("BEGIN { print !x++, !x++, x }"),
    awk("BEGIN { print 3 \" \" -1 }"),
    awk("BEGIN { x[\"a\"] = 1; y = \"a\"; print (y in x) ? \"in\" : \"out\" }"),
    awk(
      "BEGIN { print 100000 * 100000, 2147483647 + 1 }", only: .gawk,
      note: "integral values print as integers (POSIX); mawk only below 2^31"),
    awk(
      "BEGIN { printf \"%d %d\\n\", 2147483648, -2147483649 }", only: .gawk,
      note: "%d takes 64-bit values as gawk does; mawk clamps to 32 bits"),
    awk("BEGIN { x = 0.1; y = x * 3; print (y == 0.3), y }"),
    awk("{ $1 = $1 + 0; print }", stdin: "007 x\n1.50 y\n"),
    awk("BEGIN { print x + 0, \"[\" x \"]\", length(x) }"),
    awk("{ x = /b/; print x }", stdin: "abc\nxyz\n"),
    awk("BEGIN { OFMT = \"%.2f\"; x = 0.1 + 0.2; print x; y = x \"\"; print y }"),
    awk("BEGIN { i = 1; j = i++ + ++i; print i, j }"),
    awk("BEGIN { print !x ~ \"0\" }"),
  ]

  @Test(.requiresAwks, arguments: cases)
  func oracle(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }
}
