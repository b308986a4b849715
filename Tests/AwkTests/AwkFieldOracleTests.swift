import Testing

/// Records and fields: `FS` (default, one character, tab, regex, `-F`), `$n`, `$(e)`, `NF`,
/// assignments rebuilding `$0` with `OFS`, `RS` (one character, paragraphs, regex), `NR`/`FNR`.
@Suite struct AwkFieldOracleTests {
  static let text = "alpha beta  gamma\n  one two\n\nlast\tfield here\n"
  static let tsv = "id\tname\tsize\n1\tfoo bar\t10\n2\t\t20\n3\tbaz\t\n"

  static let cases: [AwkOracleCase] = [
    awk("{print $1}", stdin: text),
    awk("{print $2}", stdin: text),
    awk("{print $NF}", stdin: text),
    awk("{print NF}", stdin: text),
    awk("{print $0}", stdin: text),
    awk("{print $(NF-1)}", stdin: "a b c\nd e\n"),
    awk("{print $(1+1), $ 1}", stdin: "a b c\n"),
    awk("{print $7 \"|\"}", stdin: "a b c\n"),
    awk("-F\t", "{print $2}", stdin: tsv),
    awk("-F", "\\t", "{print $2 \"|\" $3}", stdin: tsv),
    awk("-F\\t", "NR==1{print $1}", stdin: tsv),
    awk("-F", "\t", "{print NF}", stdin: tsv),
    awk("-F,", "{print $2}", stdin: "a,b,c\n,,\nx\n"),
    awk("-F", ":", "{print $1, $NF}", stdin: "root:x:0:0:root:/root:/bin/bash\n"),
    awk("-F", "[,;]", "{print $3}", stdin: "a,b;c\n1;2,3\n"),
    awk("-F", ", *", "{print $2}", stdin: "a,   b,c\n"),
    awk("-F", "|", "{print $2}", stdin: "a|b|c\n"),
    awk("-F", ".", "{print $2}", stdin: "a.b.c\n"),
    awk("-F", "ab", "{print $2}", stdin: "xabyabz\n"),
    awk("BEGIN{FS=\",\"} {print $2}", stdin: "a,b\nc,d\n"),
    awk(
      "{FS=\",\"} {print $1}", stdin: "a,b c\nd,e f\n",
      note: "a new FS applies from the next record"),
    awk("BEGIN{FS=\"\\t\"} {print $2}", stdin: tsv),
    awk("BEGIN{FS=\" \"} {print $2}", stdin: "  a   b  \n"),
    awk("{$2 = \"X\"; print}", stdin: "a b c\n"),
    awk("BEGIN{OFS=\"-\"} {$1 = $1; print}", stdin: "a  b   c\n"),
    awk("BEGIN{OFS=\"-\"} {print; $3=\"z\"; print}", stdin: "a b c\n"),
    awk("BEGIN{OFS=\":\"} {$5 = \"e\"; print; print NF}", stdin: "a b\n"),
    awk("{$0 = \"x y z\"; print $2, NF}", stdin: "a\n"),
    awk("{NF = 2; print}", stdin: "a b c d\n"),
    awk("BEGIN{OFS=\",\"} {NF = 4; print}", stdin: "a b\n"),
    awk("{NF++; $NF = \"new\"; print}", stdin: "a b\n"),
    awk("{$3 = \"\"; print; print NF}", stdin: "a b c d\n"),
    awk("{print NR, FNR, $0}", stdin: "x\ny\nz\n"),
    awk("END{print NR}", stdin: "1\n2\n3\n"),
    awk("END{print NR}", stdin: ""),
    awk("END{print NR}", stdin: "no newline at end"),
    awk("{print}", stdin: "no newline at end"),
    awk("BEGIN{RS=\";\"} {print NR \": \" $0}", stdin: "a;b;c\n"),
    awk(
      "BEGIN{RS=\"\"} {print NR \": \" $1 \" / \" $NF \" (\" NF \")\"}",
      stdin: "\n\na b\nc\n\n\n\nd e\nf\n\n"),
    awk(
      "BEGIN{RS=\"\"; FS=\",\"} {print NF; for (i = 1; i <= NF; i++) print i, $i}",
      stdin: "a,b\nc\n\nd\n", only: .gawk,
      note: "POSIX: in paragraph mode a newline always separates fields; mawk does not"),
    awk("BEGIN{RS=\"\"} END{print NR}", stdin: "\n\n\n"),
    awk(
      "BEGIN{RS=\"x|y\"} {print $0}", stdin: "1x2y3\n", only: .mawk,
      note: "POSIX leaves a longer RS unspecified: mawk (and gawk without --posix) read a regex"),
    awk("{s += $2} END{print s}", stdin: "a 1\nb 2\nc 3.5\n"),
    awk("$2 > 1 {print $1}", stdin: "a 1\nb 2\nc 10\n"),
    awk("$1 == \"b\"", stdin: "a 1\nb 2\n"),
    awk("{print $NF; NF = 1; print $0 \"|\"}", stdin: "a b c\n"),
    awk("{print length($2)}", stdin: "abc defgh\n"),
    awk("{$2 = $2 * 2} 1", stdin: "a 1 b\nc 2.5 d\n"),
    awk("{print ($1 < $2)}", stdin: "10 9\n2 10\nabc abd\n"),
    awk("{print $1 == 1}", stdin: "1.0\n+1\n 1 \n1e0\nx\n"),
    awk("NR==2", stdin: "one\ntwo\nthree\n"),
    awk("NR==1{print $1}", stdin: "first line here\nsecond\n"),
    awk(
      "-F", "\t", "{print $2}", stdin: "a\tb\r\nc\td\r\n",
      note: "carriage returns stay in the field"),
    awk("{ $1 = \"\"; print }", stdin: "a b c\n"),
    awk("{ print $-0 }", stdin: "a b\n"),
    awk("{ print $NF-1, $(NF-1) }", stdin: "a 5 7\n"),
    awk("{ print substr($0, index($0, $3)) }", stdin: "one two three four\n"),
    awk(
      "-F", "\\|", "{ print $2 }", stdin: "a|b|c\n", only: .mawk,
      note: "same output; gawk also warns that \\| is a plain |"),
    awk("-F", "[[:space:]]+", "{ print $2 }", stdin: "a \t b\n"),
    awk("NR % 2 == 0 { print NR\": \"$1 }", stdin: "a\nb\nc\nd\n"),
    awk("{ $3 = \"\"; NF = 2; print $0 \"|\" }", stdin: "a b c\n"),
  ]

  @Test(.requiresAwks, arguments: cases)
  func oracle(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }
}
