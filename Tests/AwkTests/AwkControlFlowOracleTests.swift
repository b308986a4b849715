import Testing

/// Patterns, ranges, `BEGIN`/`END`, `if`/`else`, loops, `break`/`continue`, `next`, `exit`.
@Suite struct AwkControlFlowOracleTests {
  static let numbers = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
  static let log = "start\nINFO a\nBEGIN block\nx\ny\nEND block\nz\nBEGIN again\nw\n"

  static let cases: [AwkOracleCase] = [
    awk("BEGIN{print \"hello\"}"),
    awk("BEGIN{print \"b\"} END{print \"e\", NR}", stdin: "x\ny\n"),
    awk("BEGIN{print 1} BEGIN{print 2} END{print 3} END{print 4}"),
    awk("END{print $0}", stdin: "a\nlast line\n"),
    awk("NR%2", stdin: numbers),
    awk("NR>=3 && NR<=5", stdin: numbers),
    awk("NR==2 || NR==7", stdin: numbers),
    awk("!(NR%3)", stdin: numbers),
    awk("/BEGIN/,/END/", stdin: log),
    awk("/BEGIN/,/END/ {print NR\": \"$0}", stdin: log),
    awk("NR==2,NR==4", stdin: numbers),
    awk("$1==3,$1==3", stdin: numbers),
    awk("/x/,/nomatch/", stdin: log),
    awk("NR==2,NR==3 {print \"r1\", $0} NR==3,NR==5 {print \"r2\", $0}", stdin: numbers),
    awk("{if ($1 > 5) print \"big\", $1; else print \"small\", $1}", stdin: "3\n8\n"),
    awk(
      "{if ($1 > 5) print \"big\"\nelse if ($1 > 2) print \"mid\"\nelse print \"small\"}",
      stdin: "1\n3\n8\n"),
    awk("{ if ($1)\n  print \"yes\"\n else\n  print \"no\" }", stdin: "1\n0\n\nx\n"),
    awk("BEGIN{i = 0; while (i < 3) {print i; i++}}"),
    awk("BEGIN{i = 5; do {print i; i++} while (i < 3)}"),
    awk("BEGIN{for (i = 0; i < 3; i++) print i}"),
    awk("BEGIN{for (i = 10; i > 0; i -= 3) printf \"%d \", i; print \"\"}"),
    awk("BEGIN{for (;;) {n++; if (n > 4) break}; print n}"),
    awk("BEGIN{for (i = 0; i < 6; i++) {if (i % 2) continue; print i}}"),
    awk("BEGIN{while (1) {if (++n >= 3) break}; print n}"),
    awk("BEGIN{i = 0; do {i++; if (i == 2) continue; print i} while (i < 4)}"),
    awk("BEGIN{for (i = 0; i < 3; i++) for (j = 0; j < 3; j++) {if (j == 1) break; print i, j}}"),
    awk("NR==2 {next} {print}", stdin: "a\nb\nc\n"),
    awk("{print \"first\"; next; print \"never\"} END{print NR}", stdin: "a\nb\n"),
    awk("NR==2 {exit} {print}", stdin: "a\nb\nc\n"),
    awk("{print} NR==2 {exit 3} END{print \"end runs\"}", stdin: "a\nb\nc\n"),
    awk("BEGIN{exit 4} END{print \"end\"}"),
    awk("BEGIN{exit} {print} END{print \"end\", NR}", stdin: "a\n"),
    awk("END{exit 5; print \"no\"}", stdin: "a\n"),
    awk("{exit 2} END{exit}", stdin: "a\n", note: "exit without a value in END keeps the status"),
    awk("BEGIN{exit 1+1}"),
    awk("BEGIN { x = 3 ; y = 4 ; print x * y ; }"),
    awk("BEGIN {\n  x = 1\n  y = 2\n\n  print x + y\n}\n"),
    awk("# a comment\nBEGIN { print \"c\" } # trailing\n"),
    awk("BEGIN { s = \"a\" \\\n \"b\"; print s }"),
    awk("BEGIN { if (1) { print \"t\" } else { print \"f\" } }"),
    awk("BEGIN { if (0) ; else print \"empty then\" }"),
    awk("BEGIN { x = 1 ? \"yes\" : \"no\"; y = 0 ? \"yes\" : \"no\"; print x, y }"),
    awk("{ print ($1 > 2 ? \"hi\" : \"lo\") }", stdin: "1\n5\n"),
    awk("BEGIN { print 1 && 0, 1 || 0, !1, !0, !\"\", !\"a\" }"),
    awk("BEGIN { if (x == 0 && x == \"\") print \"unset is both\" }"),
    awk("END { print NR \" lines\" }", stdin: numbers),
    awk("1", stdin: "a\nb\n"),
    awk("0", stdin: "a\nb\n"),
    awk("NR==1; NR==1", stdin: "dup\n"),
    awk("BEGIN { while (i++ < 3) ; print i }"),
  ]

  @Test(.requiresAwks, arguments: cases)
  func oracle(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }
}
