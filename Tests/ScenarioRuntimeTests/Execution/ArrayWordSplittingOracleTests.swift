import Testing

/// Array literals against bash 5.2: a word made of unquoted expansions (`$v`, `$(cmd)`,
/// `${a[@]}`, `$@`) gives one element per field of its value split on `IFS`; empty fields of
/// whitespace vanish, an empty value gives no element.
@Suite struct ArrayWordSplittingOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "unquoted variable splits", "v='p  q'\na=($v x)\necho \"${#a[@]}|${a[0]}|${a[1]}|${a[2]}\""),
    ShellOracleCase("an empty value gives no element", "e=''\na=($e x $e)\necho \"${#a[@]}\""),
    ShellOracleCase(
      "command substitution lines", "a=($(printf 'r\\ns t\\n'))\necho \"${#a[@]}|${a[*]}\""),
    ShellOracleCase(
      "jq output into an array",
      "ids=($(printf '{\"id\":1}\\n{\"id\":22}\\n' | jq -r .id))\necho \"${#ids[@]} ${ids[1]}\""),
    ShellOracleCase("an empty substitution", "a=($(printf ''))\necho \"${#a[@]}\""),
    ShellOracleCase(
      "IFS decides the fields", "IFS=,\nw='1,2,,3'\nb=($w)\necho \"${#b[@]}|${b[2]}|${b[3]}\""),
    ShellOracleCase(
      "unquoted elements of another array", "a=('x y' z)\nb=(${a[@]})\necho \"${#b[@]}\""),
    ShellOracleCase(
      "unquoted positional parameters",
      "f() {\n  d=($@)\n  echo \"${#d[@]}\"\n}\nf 'a b' c"),
    ShellOracleCase(
      "a quoted expansion stays one element",
      "v='p q'\na=(\"$v\" \"$(echo r s)\")\necho \"${#a[@]}\""),
    ShellOracleCase(
      "splitting after a key", "v='p q'\na=([4]=$v $v)\necho \"${!a[@]}|${a[4]}\""),
    ShellOracleCase("append splits too", "a=(x)\nv='y z'\na+=($v)\necho \"${#a[@]}\""),
    ShellOracleCase(
      "a length does not split", "v='p q'\na=(${#v} ${v:0:1})\necho \"${a[*]}\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
