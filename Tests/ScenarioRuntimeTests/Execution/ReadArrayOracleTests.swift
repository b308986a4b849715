import Testing

/// `read -a NAME` against bash 5.2: every field of one line into an indexed array, with
/// `IFS=`, `-r`, `-d`, empty fields, end of input and the array it replaces.
@Suite struct ReadArrayOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "fields of a line", "read -r -a f <<< \"one two  three\"\necho \"${#f[@]} ${f[1]} ${f[2]}\""),
    ShellOracleCase("combined letters", "read -ra f <<< \"x y\"\necho \"${f[@]}\""),
    ShellOracleCase("name glued to the option", "read -r -af <<< \"x y\"\necho \"${f[@]}\""),
    ShellOracleCase(
      "blanks trimmed",
      "read -r -a f <<< \"   lead   trail   \"\necho \"${#f[@]} [${f[0]}] [${f[1]}]\""),
    ShellOracleCase(
      "IFS=, keeps empty fields",
      "IFS=, read -r -a f <<< \"a,,b,\"\necho \"${#f[@]}\"\nprintf '[%s]\\n' \"${f[@]}\""),
    ShellOracleCase(
      "IFS=, with blanks around",
      "IFS=', ' read -r -a f <<< \"a, b ,c\"\nprintf '[%s]\\n' \"${f[@]}\""),
    ShellOracleCase("empty line gives no element", "read -r -a f <<< \"\"\necho \"${#f[@]}\""),
    ShellOracleCase(
      "replaces the array",
      "f=(old values here)\nread -r -a f <<< \"new\"\necho \"${#f[@]} ${f[@]}\""),
    ShellOracleCase(
      "backslashes without -r", "read -a f <<< 'a\\ b c\\\\d'\nprintf '[%s]\\n' \"${f[@]}\""),
    ShellOracleCase(
      "end of input fails",
      "printf 'x y' > in.txt\nread -r -a f < in.txt || echo \"status $? ${f[@]}\""),
    ShellOracleCase(
      "-d delimiter", "printf 'a b:c d' > in.txt\nread -r -d : -a f < in.txt\necho \"${f[@]}\""),
    ShellOracleCase(
      "while read -a over lines",
      "printf 'a 1\\nb 2\\n' > in.txt\nwhile read -r -a row; do echo \"${row[1]}=${row[0]}\"; done < in.txt"
    ),
    ShellOracleCase(
      "in a pipeline the array is lost",
      "f=(kept)\necho \"x y\" | read -r -a f\necho \"${f[@]}\""),
    ShellOracleCase(
      "local array in a function",
      "f() {\n  local -a parts\n  IFS=/ read -r -a parts <<< \"$1\"\n  echo \"${#parts[@]} ${parts[-1]}\"\n}\nf /v1/files/abc"
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
