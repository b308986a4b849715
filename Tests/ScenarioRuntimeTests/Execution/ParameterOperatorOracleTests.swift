import Testing

/// The parameter expansion operators against bash 5.2, one table row per operator family:
/// case conversion, `:+`/`+`, `:?`/`?`, `#`/`##`/`%`/`%%` with patterns, `/`, `//`, `/#`, `/%`,
/// substrings, lengths, indirection, `"$*"` joined by the first character of `IFS`.
@Suite struct ParameterOperatorOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "case conversion", "v='hello World'\necho \"${v^^} ${v,,} ${v^} ${v,} ${v@U} ${v@L} ${v@u}\""),
    ShellOracleCase(
      "case conversion of unicode and empty", "v='été'\ne=''\necho \"[${v^^}] [${e^^}]\""),
    ShellOracleCase(
      "alternative values",
      "a=x\ne=\ncho() { echo \"[${a:+A}] [${e:+E}] [${e+set}] [${u+U}] [${u:+U}]\"; }\ncho"),
    ShellOracleCase("an alternative with an expansion", "a=x\nb=y\necho \"${a:+$b-$a}\""),
    ShellOracleCase("error if null", "e=\necho \"${e?fine}\"\necho \"${e:?is empty}\"\necho never"),
    ShellOracleCase("error if unset without a message", "echo \"${nothing:?}\"\necho never"),
    ShellOracleCase(
      "prefix and suffix patterns",
      "p=/a/b/c.tar.gz\necho \"${p#*/} ${p##*/} ${p%.*} ${p%%.*} ${p#/a} ${p%[.]gz}\""),
    ShellOracleCase(
      "patterns with classes and quotes",
      "v='ab12cd'\nx='*'\necho \"${v##[a-z]} ${v%%[0-9]*} ${v#\"$x\"} ${v#$x}\""),
    ShellOracleCase(
      "replacements",
      "v=a.b.c\necho \"${v/./-} ${v//./-} ${v/#a/A} ${v/%c/C} ${v//[ab]/} ${v/x/y}\""),
    ShellOracleCase(
      "substrings", "v=abcdef\necho \"${v:2} ${v:1:3} ${v: -2} ${v: -4:2} ${v:0:0}| ${v:7}|\""),
    ShellOracleCase("substring with arithmetic", "v=abcdef\nn=2\necho \"${v:n+1:n} ${v:$n}\""),
    ShellOracleCase("lengths", "v=abc\ne=\nu='été'\necho \"${#v} ${#e} ${#u}\""),
    ShellOracleCase("indirection", "target=value\nname=target\necho \"${!name}\""),
    ShellOracleCase(
      "star joins with the first IFS character",
      "f() {\n  echo \"$*\"\n  local IFS=,\n  echo \"$*\"\n  IFS=\n  echo \"$*\"\n}\nf a 'b c' d"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
