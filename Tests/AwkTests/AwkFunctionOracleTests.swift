import Testing

/// User functions (scalars by value, arrays by reference, locals as extra parameters,
/// recursion) and the string and arithmetic builtins.
@Suite struct AwkFunctionOracleTests {
  static let cases: [AwkOracleCase] = [
    awk("function add(a, b) { return a + b } BEGIN { print add(2, 3) }"),
    awk("function f(x) { x = 5 } BEGIN { y = 1; f(y); print y }"),
    awk("function fill(arr) { arr[\"k\"] = \"v\" } BEGIN { fill(a); print a[\"k\"] }"),
    awk(
      "function fill(arr, n,   i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 4); print sq[3], length(sq) }",
      only: .mawk, note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk("function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10) }"),
    awk(
      "function fib(n) { if (n < 2) return n; return fib(n-1) + fib(n-2) } BEGIN { print fib(15) }"),
    awk("function noret() { x = 1 } BEGIN { v = noret(); print \"[\" v \"]\", x }"),
    awk(
      "function loc(a,   tmp) { tmp = a * 2; return tmp } BEGIN { tmp = \"global\"; print loc(4), tmp }"
    ),
    awk("function g() { return } BEGIN { print \"[\" g() \"]\" }"),
    awk("function field(n) { return $n } { print field(2), field(NF) }", stdin: "a b c\n"),
    awk("function setf() { $2 = \"Z\" } { setf(); print }", stdin: "a b c\n"),
    awk(
      "function inner(arr) { arr[2] = 2 } function outer(arr) { inner(arr) } BEGIN { outer(x); print length(x), x[2] }",
      only: .mawk, note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "function clear(arr, k) { for (k in arr) delete arr[k] } BEGIN { a[1]; a[2]; clear(a); print length(a) }",
      only: .mawk, note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "function max(a, b) { return a > b ? a : b } { m = max(m, $1) } END { print m }",
      stdin: "3\n10\n7\n"),
    awk("function cat(a, b, c) { return a b c } BEGIN { print cat(\"x\", \"y\") }"),
    awk("function f(n) { if (n > 0) { print n; f(n - 1) } } BEGIN { f(3) }"),
    awk("function globalset() { G = 7 } BEGIN { globalset(); print G }"),
    awk("function isnum(x) { return x == x + 0 } { print isnum($1) }", stdin: "12\nabc\n1e3\n"),
    awk(
      "function join(arr, n, sep,   s, i) { s = arr[1]; for (i = 2; i <= n; i++) s = s sep arr[i]; return s } BEGIN { n = split(\"a b c\", p); print join(p, n, \"-\") }"
    ),
    awk(
      "function swap(arr, i, j,   t) { t = arr[i]; arr[i] = arr[j]; arr[j] = t } BEGIN { a[1] = \"x\"; a[2] = \"y\"; swap(a, 1, 2); print a[1], a[2] }"
    ),
    awk("BEGIN { print length(\"hello\"), length(\"\"), length(12345), length(1/4) }"),
    awk("{ print length }", stdin: "abc\n\nhello world\n"),
    awk("{ print length() }", stdin: "abcd\n"),
    awk("length > 3", stdin: "ab\nabcd\nabcdef\n"),
    awk(
      "BEGIN { a[1]; a[2]; a[\"x\"]; print length(a) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "BEGIN { print length(\"é\") }", only: .mawk,
      note: "bytes, as mawk: gawk counts characters in C.UTF-8"),
    awk(
      "BEGIN { s = \"hello\"; print substr(s, 2, 3), substr(s, 2), substr(s, 0, 3), substr(s, 10), \"|\" substr(s, 3, 0) \"|\" }"
    ),
    awk(
      "BEGIN { s = \"hello\"; print substr(s, 1.5, 2.3), substr(s, 2.7), substr(s, 0.5, 1.4), substr(s, -1), substr(s, 5, 10) }"
    ),
    awk(
      "BEGIN { print index(\"hello\", \"ll\"), index(\"hello\", \"z\"), index(\"hello\", \"h\") }"),
    awk("BEGIN { n = split(\"a b  c\", arr); print n, arr[1], arr[3] }"),
    awk("BEGIN { n = split(\"  lead and trail  \", arr); print n, \"[\" arr[1] \"]\" }"),
    awk("BEGIN { n = split(\"a,b,,c\", arr, \",\"); print n, \"[\" arr[3] \"]\", arr[4] }"),
    awk("BEGIN { n = split(\"a1b22c\", arr, /[0-9]+/); print n, arr[1], arr[2], arr[3] }"),
    awk(
      "BEGIN { n = split(\"\", arr); print n, length(arr) }", only: .mawk,
      note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk("BEGIN { arr[9] = 1; n = split(\"x y\", arr); print n, (9 in arr) }"),
    awk("BEGIN { FS = \":\"; n = split(\"a:b c\", arr); print n, arr[1] }"),
    awk("BEGIN { split(\"10 9 100\", n); print (n[1] > n[2]), (n[3] > n[1]) }"),
    awk("BEGIN { n = split(\"a.b.c\", arr, \".\"); print n, arr[2] }"),
    awk("BEGIN { print tolower(\"MiXeD 123\"), toupper(\"MiXeD 123\") }"),
    awk("BEGIN { print int(3.9), int(-3.9), int(\"42abc\"), int(\"\") }"),
    awk("BEGIN { printf \"%.4f %.4f %.4f\\n\", sqrt(2), exp(1), log(10) }"),
    awk("BEGIN { printf \"%.4f %.4f %.4f\\n\", sin(1), cos(0), atan2(1, 1) * 4 }"),
    awk("BEGIN { print exp(0), log(1), sqrt(16) }"),
    awk("BEGIN { srand(1); x = srand(2); print x }"),
    awk(
      "BEGIN { srand(3); for (i = 0; i < 100; i++) { r = rand(); if (r < 0 || r >= 1) bad++ }; print bad + 0 }"
    ),
    awk("BEGIN { srand(5); a = rand(); srand(5); b = rand(); print (a == b) }"),
    awk("BEGIN { s = sprintf(\"%s=%d\", \"n\", 5); print s }"),
    awk("BEGIN { print substr(\"hello\", 2) substr(\"world\", 1, 1) }"),
    awk("BEGIN { x = \"A\"; print x tolower(x) toupper(\"b\") }"),
    awk(
      "function f(a) { a[1] = 1; return length(a) } BEGIN { print f(arr), length(arr) }",
      only: .mawk, note: "length(array) is POSIX 2024 and mawk; gawk --posix refuses it"),
    awk(
      "function rec(n,   local) { local = n; if (n > 0) rec(n - 1); return local } BEGIN { print rec(5) }"
    ),
    awk(
      "BEGIN { print index(\"abc\", \"\"), index(\"\", \"\") }",
      note: "an empty string is found at 1"),
    awk("BEGIN { print substr(12345, 2, 3) + 1 }"),
    awk("BEGIN { fflush(); print \"flushed\" }"),
  ]

  @Test(.requiresAwks, arguments: cases)
  func oracle(_ oracleCase: AwkOracleCase) throws { try AwkOracle.check(oracleCase) }
}
