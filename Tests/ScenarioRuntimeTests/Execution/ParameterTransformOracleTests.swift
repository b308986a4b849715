import Testing

/// `${NAME@Q}`, `${NAME@U}`, `${NAME@u}`, `${NAME@L}` against bash 5.2: plain, empty and unset
/// values, quotes, backslashes, spaces, non-printable characters and non-ASCII letters.
@Suite struct ParameterTransformOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("@Q of a plain word", "v=abc\necho \"${v@Q}\""),
    ShellOracleCase("@Q of an empty value", "v=\necho \"${v@Q}\" \"[${v@Q}]\""),
    ShellOracleCase("@Q of spaces and quotes", "v=\"it's a \\\"test\\\"\"\necho \"${v@Q}\""),
    ShellOracleCase("@Q of a lone quote", "v=\"'\"\necho \"${v@Q}\""),
    ShellOracleCase("@Q of a backslash and dollar", "v='a\\b $x `y`'\necho \"${v@Q}\""),
    ShellOracleCase("@Q of control characters", "v=$'tab\\there\\nnew\\001\\e'\necho \"${v@Q}\""),
    ShellOracleCase("@Q of non-ASCII text", "v='é ü'\necho \"${v@Q}\""),
    ShellOracleCase("@Q of an unset name under set -u", "echo \"${nope@Q}\"\necho after"),
    ShellOracleCase("@U, @u, @L", "v='hello World é'\necho \"${v@U}|${v@u}|${v@L}\""),
    ShellOracleCase("@U of a positional parameter", "f() { echo \"${1@U}\" \"${1@Q}\"; }\nf 'a b'"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test func otherTransformationsAreErrors() throws {
    let error = try #require(throws: Snippet.CompileFailure.self) {
      try Snippet.compile("v=1\necho \"${v@K}\"")
    }
    #expect(
      error.diagnostics.contains { $0.contains("parameter transformation '@K' is not supported") })
  }
}
