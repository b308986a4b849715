import Testing

/// `getline` forms, file operands and `-`, `name=value` operands, `-v`, `ARGV`/`ARGC`,
/// `FILENAME`/`FNR`, output redirection to files and `close`.
@Suite struct AwkGetlineOracleTests {
  static let files = ["a.txt": "a1\na2\n", "b.txt": "b1\nb2\nb3\n", "kv.txt": "k1 v1\nk2 v2\n"]

  static let cases: [AwkOracleCase] = [
    awk("{print FILENAME, FNR, NR, $0}", "a.txt", "b.txt", files: files),
    awk("FNR==1 {print FILENAME}", "a.txt", "b.txt", files: files),
    awk("{print}", "a.txt", "-", "b.txt", stdin: "from stdin\n", files: files),
    awk("END {print NR, FILENAME}", "a.txt", "b.txt", files: files),
    awk("{print x, $0}", "x=1", "a.txt", "x=2", "b.txt", files: files),
    awk("END {print x}", "a.txt", "x=last", files: files),
    awk("-v", "n=5", "BEGIN {print n + 1}"),
    awk("-v", "s=a\\tb", "BEGIN {print s}"),
    awk("-vx=1", "-v", "y=2", "BEGIN {print x + y}"),
    awk("-v", "n=10", "{print ($1 < n)}", stdin: "9\n10\n11\n"),
    awk("-v", "OFS=-", "{$1 = $1; print}", stdin: "a b c\n"),
    awk("-F:", "-v", "OFS=;", "{print $1, $2}", stdin: "a:b:c\n"),
    awk(
      "BEGIN {print ARGC; for (i = 0; i < ARGC; i++) if (i > 0) print ARGV[i]}", "a.txt", "x=1",
      files: files),
    awk("BEGIN {ARGV[1] = \"b.txt\"} {print}", "a.txt", files: files),
    awk("BEGIN {ARGV[1] = \"\"} {print}", "a.txt", "b.txt", files: files),
    awk("BEGIN {while ((getline line < \"a.txt\") > 0) print \"got\", line}", files: files),
    awk("BEGIN {while ((getline < \"kv.txt\") > 0) print $2, NF, NR}", files: files),
    awk("BEGIN {print (getline line < \"missing.txt\")}"),
    awk(
      "BEGIN {getline line < \"a.txt\"; close(\"a.txt\"); getline line2 < \"a.txt\"; print line, line2}",
      files: files),
    awk("BEGIN {getline; print \"first:\", $0, NR} {print \"rule:\", $0}", stdin: "1\n2\n3\n"),
    awk("NR==1 {getline; print \"after getline:\", $0, NR}", stdin: "1\n2\n3\n"),
    awk("{getline nextline; print $0 \"+\" nextline, NR}", stdin: "1\n2\n3\n4\n"),
    awk("{while ((getline line) > 0) n++} END {print n, NR}", stdin: "a\nb\nc\n"),
    awk("END {print getline, $0}", stdin: "x\n"),
    awk("{r = getline; print r, $0}", stdin: "only\n"),
    awk("NR==FNR {seen[$1]; next} $1 in seen", "kv.txt", "-", stdin: "k2 z\nk3 y\n", files: files),
    awk("{print > \"out.txt\"} END {print \"done\"}", stdin: "x\ny\n", written: ["out.txt"]),
    awk(
      "{print $1 > \"out.txt\"; print $2 >> \"out.txt\"}", stdin: "a b\nc d\n", written: ["out.txt"]
    ),
    awk(
      "BEGIN {print \"one\" > \"o.txt\"; close(\"o.txt\"); print \"two\" > \"o.txt\"}",
      written: ["o.txt"]),
    awk(
      "BEGIN {print \"one\" > \"o.txt\"; close(\"o.txt\"); print \"two\" >> \"o.txt\"}",
      written: ["o.txt"]),
    awk("BEGIN {printf \"%s-%d\\n\", \"p\", 1 > \"p.txt\"}", written: ["p.txt"]),
    awk("{print > ($1 \".out\")}", stdin: "a 1\nb 2\na 3\n", written: ["a.out", "b.out"]),
    awk("BEGIN {print \"to stderr\" > \"/dev/stderr\"; print \"out\"}"),
    awk(
      "BEGIN {print \"x\" > \"t.txt\"; close(\"t.txt\"); getline l < \"t.txt\"; print \"read\", l}",
      written: ["t.txt"]),
    awk("BEGIN {print close(\"never-opened\")}"),
    awk("{print}", "missing.txt", note: "an unreadable operand: status 2 and a message"),
    awk("BEGIN {while ((getline line < ARGV[1]) > 0) n++; print n}", "b.txt", files: files),
    awk(
      "BEGIN {\"x\" > \"y\"; print \"cmp\"}", written: ["y"],
      note: "not a print: > compares and the file is not written"),
  ]

  @Test(.requiresAwks, arguments: cases)
  func oracle(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }
}
