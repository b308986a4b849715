import Testing

/// `command -v`, `type -t` and `type` against bash 5.2 on this machine (a Debian system with the
/// commands the runtime implements in `/usr/bin`): keywords, builtins, the document's
/// functions, external commands and names not found, with the status of each form.
@Suite struct CommandLookupOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("command -v of a builtin and a keyword", "command -v echo\ncommand -v if"),
    ShellOracleCase("command -v of external commands", "command -v curl jq sed awk grep"),
    ShellOracleCase(
      "command -v of a function",
      "probe() { :; }\ncommand -v probe\nX=$(command -v probe)\necho \"[$X]\""),
    ShellOracleCase(
      "command -v of a missing name", "command -v no-such-tool || echo \"missing $?\""),
    ShellOracleCase(
      "command -v: some names found", "command -v no-such-tool jq || echo \"status $?\""),
    ShellOracleCase(
      "command -v as a guard, output discarded",
      "if command -v jq >/dev/null 2>&1; then echo have-jq; fi\ncommand -v nope >/dev/null || echo no-nope"
    ),
    ShellOracleCase(
      "PATH decides the directory",
      "PATH=/bin:/usr/bin\ncommand -v sed\nPATH=/nowhere\ncommand -v sed || echo gone"),
    ShellOracleCase(
      "PATH entries ending in slashes",
      "PATH=/usr/bin/\ncommand -v sed\nPATH=/usr/bin//:/bin\ntype -a jq\ncommand -v grep"),
    ShellOracleCase(
      "a program earlier on PATH than the system's",
      "mkdir -p bin\nprintf '#!/bin/sh\\n' > bin/jq\nchmod 755 bin/jq\nPATH=\"bin:/usr/bin\"\n"
        + "command -v jq\ntype -a jq\ntype -t jq\ntype -p jq"),
    ShellOracleCase(
      "an empty PATH entry is the working directory",
      "mkdir -p d\ncd d\nprintf '#!/bin/sh\\n' > sed\nchmod 755 sed\nPATH=\":/usr/bin\"\n"
        + "command -v sed\ntype -p sed\nPATH=\"/usr/bin:\"\ntype -a sed"),
    ShellOracleCase(
      "a directory or a plain file of the name is not a command",
      "mkdir -p b/jq c\ntouch c/jq\nPATH=\"b:c:/usr/bin\"\ncommand -v jq\ntype -a jq"),
    ShellOracleCase(
      "type -t of every kind",
      "f() { :; }\ntype -t if echo f curl\ntype -t '[[' : '['\ntype -t nope || echo \"status $?\""),
    ShellOracleCase(
      "type -t: one missing name fails", "type -t echo nope jq || echo \"status $?\""),
    ShellOracleCase(
      "type of keywords and builtins", "type if echo printf '[['\ntype nope || echo \"status $?\""),
    ShellOracleCase(
      "command -v in a function",
      "has() { command -v \"$1\" >/dev/null; }\nhas jq && echo yes\nhas nope || echo no"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: [
    ("command", "'command' is not supported"),
    ("type curl", "'type curl' is not supported"),
    ("command -p -v jq", "'command -p -v' is not supported"),
  ])
  func unsupportedFormsAreErrors(_ bash: String, _ message: String) throws {
    let error = try #require(throws: Snippet.CompileFailure.self) { try Snippet.compile(bash) }
    #expect(error.diagnostics.contains { $0.contains(message) }, "\(error.diagnostics)")
  }
}
