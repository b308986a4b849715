import Testing

/// Regular expressions (POSIX ERE through glibc): patterns, `~`/`!~`, dynamic regexes from
/// strings, escapes, brackets and classes, `match`, `sub`/`gsub` with `&` and `\\&`, `split`.
@Suite struct AwkRegexOracleTests {
  static let lines = "apple pie\nbanana split\ncherry tart\napricot jam\n123 numbers\n"

  static let cases: [AwkOracleCase] = [
    awk("/an/", stdin: lines),
    awk("!/a/", stdin: lines),
    awk("/^a/ {n++} END {print n+0}", stdin: lines),
    awk("/zzz/ {n++} END {print n+0}", stdin: lines),
    awk("/^[0-9]+ /", stdin: lines),
    awk("/(pie|jam)$/", stdin: lines),
    awk("$2 ~ /^s/ {print $1}", stdin: lines),
    awk("$1 !~ /a/", stdin: lines),
    awk("{print ($0 ~ \"rr\")}", stdin: lines),
    awk("BEGIN{re = \"^b.n\"} $0 ~ re", stdin: lines),
    awk("/a.c/", stdin: "abc\na.c\naXc\n"),
    awk("/a\\.c/", stdin: "abc\na.c\n"),
    awk("$0 ~ \"a\\\\.c\"", stdin: "abc\na.c\n"),
    awk("/a\\/b/", stdin: "a/b\nab\n"),
    awk("/[/]/", stdin: "a/b\nab\n"),
    awk("/\\t/", stdin: "a\tb\nab\n"),
    awk("$0 ~ \"\\t\"", stdin: "a\tb\nab\n"),
    awk("/[[:digit:]]+/", stdin: "abc\na1\n"),
    awk("/^[[:upper:]][[:lower:]]+$/", stdin: "Hello\nhello\nHELLO\n"),
    awk("/[[:space:]]x/", stdin: "a x\nax\n"),
    awk("/[^a-c]/", stdin: "abc\nabd\n"),
    awk("/[]a]/", stdin: "]\nb\na\n"),
    awk("/a+b*c?/", stdin: "aaa\nbc\n"),
    awk("/^$/ {n++} END{print n}", stdin: "a\n\nb\n\n"),
    awk(
      "/x{2}/", stdin: "x\nxx\n", only: .gawk,
      note: "POSIX intervals: gawk --posix and glibc have them, mawk 1.3.4 reads { literally"),
    awk("/(ab)+$/", stdin: "abab\naba\n"),
    awk("/a|b|c/", stdin: "xxc\nxyz\n"),
    awk(
      "{if (match($0, /[0-9]+/)) print RSTART, RLENGTH, substr($0, RSTART, RLENGTH); else print RSTART, RLENGTH}",
      stdin: "abc123def\nnone\n"),
    awk("BEGIN{print match(\"foobar\", \"o+\"), RSTART, RLENGTH}"),
    awk("BEGIN{print match(\"abc\", /x*/), RLENGTH}"),
    awk("{sub(/a/, \"A\"); print}", stdin: "banana\n"),
    awk("{gsub(/a/, \"A\"); print}", stdin: "banana\n"),
    awk("{n = gsub(/an/, \"[&]\"); print n, $0}", stdin: "banana\n"),
    awk("{gsub(/a/, \"\\\\&\"); print}", stdin: "banana\n"),
    awk("{gsub(/a/, \"\\\\\\\\&\"); print}", stdin: "banana\n"),
    awk("BEGIN{s = \"hello\"; gsub(/l/, \"L\", s); print s}"),
    awk(
      "BEGIN{s = \"abc\"; gsub(//, \"-\", s); print s}", only: .gawk,
      note: "an empty regex literal: mawk rejects //, gawk matches the empty string"),
    awk("BEGIN{s = \"abc\"; gsub(/x*/, \"-\", s); print s}"),
    awk("BEGIN{s = \"abc\"; gsub(/b*/, \"-\", s); print s}"),
    awk("BEGIN{s = \"aaa\"; print gsub(/^a/, \"x\", s), s}"),
    awk("BEGIN{s = \"a.b.c\"; gsub(\".\", \"-\", s); print s}"),
    awk("BEGIN{s = \"a.b.c\"; gsub(/\\./, \"-\", s); print s}"),
    awk("BEGIN{s = \"path/to/file\"; n = split(s, p, \"/\"); print n, p[1], p[n]}"),
    awk("{$2 = \"x\"; gsub(/x/, \"y\"); print; print $2}", stdin: "a b c\n"),
    awk("{gsub(/[ \\t]+/, \" \"); print}", stdin: "a  \t b\t\tc\n"),
    awk(
      "{sub(/^[ \\t]+/, \"\"); sub(/[ \\t]+$/, \"\"); print \"[\" $0 \"]\"}",
      stdin: "   trim me  \t\n"),
    awk("{gsub(/[aeiou]/, \"\", $1); print $1, NF}", stdin: "education x\n"),
    awk("BEGIN{s = \"x\"; sub(/x/, \"a&b&c\", s); print s}"),
    awk("BEGIN{print (\"abc\" ~ /^a.c$/), (\"abc\" ~ \"^b\"), (\"ABC\" ~ /abc/)}"),
    awk("BEGIN{print (\"a+b\" ~ /a\\+b/), (\"a+b\" ~ \"a\\\\+b\")}"),
    awk("BEGIN{r = \"[\"; print (\"x\" ~ r)}", note: "a bad dynamic regex fails with status 2"),
    awk("/\\$/", stdin: "cost $5\nfree\n"),
    awk("BEGIN{print (\"a\\nb\" ~ /a.b/)}"),
  ]

  @Test(.requiresAwks, arguments: cases)
  func oracle(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }
}
