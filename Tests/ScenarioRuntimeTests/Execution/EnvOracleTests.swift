import Testing

/// `env` against GNU env run by bash: assignments and `-u`/`--unset` for one command, the
/// caller's variables unchanged, in pipelines and with redirections, and the command's status.
@Suite(.requiresTools("/usr/bin/env"))
struct EnvOracleTests {
  static let cases: [CommandOracleCase] = [
    "env A=1 printenv A",
    "env A=1 B=two printenv A B",
    "export X=5\nenv -u X printenv X",
    "export X=5\nenv --unset=X printenv X",
    "export X=5\nenv -uX printenv X",
    "export X=5\nenv -u X X=6 printenv X",
    "X=local\nenv X=1 printenv X\necho \"$X\"",
    "X=local\nenv printenv X",
    "env A=1 printenv A | tr 1 2",
    "export A=0\nenv A=1 printenv A > out.txt\ncat out.txt\nprintenv A",
    "env -- A=1 printenv A",
    "env A= printenv A | wc -c",
    "env A='x y' printenv A",
    "V=val\nenv \"A=$V\" printenv A",
    "env A=1 grep -c GET log.txt",
    "env A=1 false",
    "env A=1 sleep 0 && echo slept",
    "export X=5\nenv -u X -u Y A=2 printenv A X",
    "N=$(env A=7 printenv A)\necho \"[$N]\"",
    "env 'A=x y' \"B=$HOME\" printenv A",
    "env A=\"1 2\" printenv A",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesGNUEnv(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
