import Testing

/// `mapfile` / `readarray` against bash 5.2: lines of a file, a here-string or a here-document
/// into an indexed array, `-t`, `-d`, a missing final newline, empty lines, the default name
/// `MAPFILE`, and `… | mapfile` (a subshell in bash: the array is lost).
@Suite struct MapfileOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "lines of a file with -t",
      "printf 'a\\nb c\\n\\nd\\n' > in.txt\nmapfile -t lines < in.txt\necho \"${#lines[@]}\"\nprintf '[%s]\\n' \"${lines[@]}\""
    ),
    ShellOracleCase(
      "newlines kept without -t",
      "printf 'a\\nb\\n' > in.txt\nmapfile lines < in.txt\nprintf '[%s]' \"${lines[@]}\"\necho"),
    ShellOracleCase(
      "no final newline",
      "printf 'a\\nb' > in.txt\nmapfile -t lines < in.txt\nprintf '[%s]\\n' \"${lines[@]}\""),
    ShellOracleCase("empty file", ": > in.txt\nmapfile -t lines < in.txt\necho \"${#lines[@]}\""),
    ShellOracleCase(
      "readarray", "printf 'x\\ny\\n' > in.txt\nreadarray -t r < in.txt\necho \"${r[1]} ${#r[@]}\""),
    ShellOracleCase(
      "default name MAPFILE",
      "printf 'x\\ny\\n' > in.txt\nmapfile -t < in.txt\necho \"${MAPFILE[@]}\""),
    ShellOracleCase(
      "-d delimiter",
      "printf 'a,b,c' > in.txt\nmapfile -t -d , parts < in.txt\nprintf '[%s]\\n' \"${parts[@]}\""),
    ShellOracleCase(
      "here-string",
      "v=$'one\\ntwo'\nmapfile -t lines <<< \"$v\"\necho \"${#lines[@]} ${lines[1]}\""),
    ShellOracleCase(
      "here-document", "mapfile -t lines <<EOF\nfirst\nsecond line\nEOF\necho \"${lines[1]}\""),
    ShellOracleCase(
      "replaces the array",
      "lines=(a b c d)\nprintf 'x\\n' > in.txt\nmapfile -t lines < in.txt\necho \"${#lines[@]}\""),
    ShellOracleCase(
      "in a pipeline the array is lost",
      "lines=(kept)\nprintf 'x\\ny\\n' | mapfile -t lines\necho \"${lines[@]}\""),
    ShellOracleCase(
      "iterating the lines",
      "printf 'id-1\\nid-2\\n' > ids.txt\nmapfile -t ids < ids.txt\nfor id in \"${ids[@]}\"; do echo \"<$id>\"; done"
    ),
    ShellOracleCase(
      "in a function with local -a",
      "f() {\n  local -a got\n  mapfile -t got < \"$1\"\n  echo \"${#got[@]}\"\n}\nprintf '1\\n2\\n3\\n' > in.txt\nf in.txt\necho \"[${got[@]}]\""
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
