import Testing

/// `COMMAND < DIRECTORY`: bash opens the directory and the command's read fails; each command
/// says so as it does (or not) and exits with its status, and what comes after in the pipeline
/// still runs.
@Suite(.requiresTools("/usr/bin/jq", "/usr/bin/sha256sum"))
struct DirectoryInputOracleTests {
  static let commands = [
    "cat", "cat -n", "grep x", "grep -c x", "grep -q x", "grep -s x", "grep -sc x", "grep -P x",
    "grep -Hc x", "wc", "wc -l", "wc -c", "wc -lw", "jq .", "jq -s .", "jq -R .", "jq -n 1",
    "jq -c -e .", "head -n \"$N\"", "tail -n1", "tail -n \"$N\"", "sed p",
    "sed -n 1p", "sed 's/a/b/'", "sed -n '/x/p'", "sed -e p -e p", "sort", "sort -r", "uniq",
    "uniq -c", "cut -f1", "cut -d: -f2", "tr a b", "tr -d a", "base64", "base64 -d",
    "sha256sum", "md5sum", "tee out.txt",
  ]

  static let cases: [ShellOracleCase] =
    commands.map { command in
      ShellOracleCase(
        "\(command) < dir",
        setup: "mkdir -p dir\nN=1",
        "\(command) < dir || echo \"status $?\"")
    } + [
      ShellOracleCase(
        "in a pipeline", setup: "mkdir -p dir",
        "cat < dir | wc -c || echo \"status $?\"\ngrep x < dir | cat || echo \"status $?\""),
      ShellOracleCase(
        "without pipefail", setup: "mkdir -p dir",
        "set +o pipefail\njq . < dir | wc -c\necho \"status $?\""),
      ShellOracleCase(
        "a directory named by a variable", setup: "mkdir -p dir\nD=dir",
        "wc -l < \"$D\" || echo \"status $?\""),
    ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
