import Testing

/// `type NAME` of a function (`NAME is a function` and its definition as bash prints it),
/// `command -V`, `type -p`, `type -a`, `declare -f`/`typeset -f` and `declare -F` against bash
/// 5.2, with the document's functions defined in the scenario or in a setup block.
@Suite struct FunctionListingOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "type of a function",
      "f() {\n  local x=1\n  if [ \"$x\" = 1 ]; then echo one; fi\n}\ntype f"),
    ShellOracleCase(
      "type of a function, a builtin and a missing name",
      "g() { echo \"$@\" | tr a-z A-Z; }\ntype g echo nope || echo \"status $?\""),
    ShellOracleCase("type -t and type of a function", "f() { :; }\ntype -t f\ntype f"),
    ShellOracleCase(
      "command -V", "f() { for i in 1 2; do echo $i; done; }\ncommand -V f echo if"),
    ShellOracleCase("command -V of a missing name", "command -V nope || echo \"status $?\""),
    ShellOracleCase(
      "type -p", "f() { :; }\ntype -p jq sed f echo\ntype -p nope || echo \"status $?\""),
    ShellOracleCase(
      "type -a", "f() { :; }\ntype -a read f if jq\ntype -a nope || echo \"status $?\""),
    ShellOracleCase(
      "declare -f of named functions",
      "f() { case $1 in a) echo a;; *) echo b;; esac; }\ng() ( cd /; echo \"$PWD\" )\ndeclare -f g f"
    ),
    ShellOracleCase(
      "declare -f of every function, sorted",
      "zeta() { :; }\nalpha() { echo \"$1\" >&2; }\ndeclare -f"),
    ShellOracleCase(
      "typeset -f and a missing name",
      "f() { x=$(echo  a;echo b); }\ntypeset -f f\ndeclare -f nope || echo \"status $?\""),
    ShellOracleCase(
      "declare -F", "b() { :; }\na() { :; }\ndeclare -F\ndeclare -F a nope || echo \"status $?\""),
    ShellOracleCase(
      "a redefined function prints its last definition",
      "f() { echo one; }\nf() { echo two; }\ntype f\nf"),
    ShellOracleCase(
      "a function with a here-document",
      "f() {\n  cat <<EOF\nhello $1\nEOF\n  echo done\n}\ndeclare -f f\nf x"),
    ShellOracleCase(
      "a function defined in a setup block", setup: "helper() { echo \"[$1]\"; }",
      "type helper\ndeclare -F\nhelper x"),
    ShellOracleCase(
      "type output captured", "f() { echo hi; }\nX=$(type f)\necho \"$X\" | wc -l"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: [
    ("declare -f -x f", "'declare' with '-f' or '-F' and other options is not supported"),
    ("declare -f f=1", "'declare -f' takes function names"),
    ("type curl", "'type curl' is not supported"),
  ])
  func unsupportedFormsAreErrors(_ bash: String, _ message: String) throws {
    let error = try #require(throws: Snippet.CompileFailure.self) { try Snippet.compile(bash) }
    #expect(error.diagnostics.contains { $0.contains(message) }, "\(error.diagnostics)")
  }
}
