import Testing

/// The `read` builtin: line reading, `-r`, `-d`, `IFS=`, field splitting over several names,
/// end of input, and where its input comes from, against bash.
@Suite struct ReadOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("here-string", "read -r X <<< \"hello world\"\necho \"[$X]\""),
    ShellOracleCase("two names", "read -r A B <<< \"one two three\"\necho \"[$A] [$B]\""),
    ShellOracleCase("more names than fields", "read -r A B C <<< \"one\"\necho \"[$A] [$B] [$C]\""),
    ShellOracleCase(
      "leading and trailing blanks trimmed",
      "read -r A B <<< \"   lead   mid  trail  \"\necho \"[$A] [$B]\""),
    ShellOracleCase(
      "IFS= keeps blanks", "IFS= read -r LINE <<< \"  padded  \"\necho \"[$LINE]\""),
    ShellOracleCase(
      "IFS=, splits on commas", "IFS=, read -r A B C <<< \"x,y,z\"\necho \"[$A] [$B] [$C]\""),
    ShellOracleCase(
      "IFS=, last name gets the rest",
      "IFS=, read -r A B <<< \"x,y,z,\"\necho \"[$A] [$B]\""),
    ShellOracleCase(
      "IFS=, one trailing separator dropped",
      "IFS=, read -r A B <<< \"x,y,\"\necho \"[$A] [$B]\""),
    ShellOracleCase(
      "IFS=, empty fields", "IFS=, read -r A B C <<< \",,z\"\necho \"[$A] [$B] [$C]\""),
    ShellOracleCase(
      "IFS=: colon fields", "IFS=: read -r U P <<< \"user:pa:ss\"\necho \"[$U] [$P]\""),
    ShellOracleCase(
      "IFS prefix does not stay",
      "IFS=, read -r A B <<< \"a,b\"\nX=\"1 2,3\"\nfor w in $X; do echo \"<$w>\"; done"),
    ShellOracleCase("REPLY without a name", "read -r <<< \"  spaced  \"\necho \"[$REPLY]\""),
    ShellOracleCase(
      "backslashes without -r", "read X <<< 'a\\tb\\\\c'\necho \"[$X]\""),
    ShellOracleCase(
      "backslashes with -r", "read -r X <<< 'a\\tb\\\\c'\necho \"[$X]\""),
    ShellOracleCase(
      "backslash-newline joins lines without -r",
      "printf 'one\\\\\\ntwo\\nthree\\n' > in.txt\nread X < in.txt\necho \"[$X]\""),
    ShellOracleCase(
      "escaped blank is not a separator",
      "read A B <<< 'a\\ b c'\necho \"[$A] [$B]\""),
    ShellOracleCase(
      "end of input fails", "printf '' > empty.txt\nread -r X < empty.txt\necho never"),
    ShellOracleCase(
      "end of input status", "printf '' > empty.txt\nread -r X < empty.txt || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "partial last line assigned",
      "printf 'last' > in.txt\nread -r X < in.txt || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "from a file reads the first line",
      "printf 'a\\nb\\n' > in.txt\nread -r X < in.txt\necho \"[$X]\""),
    ShellOracleCase(
      "missing file", "read -r X < missing.txt || echo \"rc=$?\"\necho after"),
    ShellOracleCase(
      "here-document", "read -r A B <<EOF\nfirst second third\nEOF\necho \"[$A] [$B]\""),
    ShellOracleCase(
      "here-document with a variable",
      "V=value\nread -r X <<EOF\nis $V\nEOF\necho \"[$X]\""),
    ShellOracleCase(
      "-d reads up to the delimiter", "read -r -d , X <<< \"a,b\"\necho \"[$X]\""),
    ShellOracleCase(
      "-d without the delimiter fails",
      "read -r -d , X <<< \"ab\" || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "-d '' reads everything", "read -r -d '' X <<< \"a\nb\" || echo \"rc=$? [$X]\""),
    ShellOracleCase(
      "from a pipe, in the subshell",
      "echo hi | { read -r X; echo \"in [$X]\"; }\necho \"out [${X:-unset}]\""),
    ShellOracleCase(
      "read after read on a file loop",
      "printf 'a\\nb\\nc\\n' > in.txt\nwhile read -r L; do echo \"<$L>\"; done < in.txt"),
    ShellOracleCase(
      "read in a function from a here-string",
      "split() {\n  local a b\n  IFS=/ read -r a b <<< \"$1\"\n  echo \"$b/$a\"\n}\nsplit x/y"),
    ShellOracleCase(
      "read of a CRLF line keeps the CR",
      "printf 'a b\\r\\n' > in.txt\nread -r A B < in.txt\n[ \"$B\" = \"$(printf 'b\\r')\" ] && echo has-cr"
    ),
    ShellOracleCase(
      "tab separated", "T=$(printf 'x\\ty z')\nread -r A B <<< \"$T\"\necho \"[$A] [$B]\""),
    ShellOracleCase(
      "read with set -u and no input",
      "printf 'x' > in.txt\nif read -r X < in.txt; then echo full; else echo \"partial [$X]\"; fi"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
