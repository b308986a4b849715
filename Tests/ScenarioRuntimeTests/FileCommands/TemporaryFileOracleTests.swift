import Testing

/// `mktemp` as a command against coreutils 9.1, with `$TMPDIR` in the scenario's directory (the
/// random part of names is replaced before printing): a bare `mktemp`, `-d`, `-t`, `-p`,
/// `--tmpdir`, `--suffix`, a suffix after the `X`s, `-u`, `-q`, and its refusals.
@Suite(.requiresTools("/usr/bin/mktemp"))
struct TemporaryFileOracleTests {
  /// `$TMPDIR` is the scenario's directory; `$R` is a sed script replacing the random end of a
  /// name, and `short` prints a path without the directory.
  static let prefix = """
    export TMPDIR=$PWD
    short() { local p=$1; echo "${p#"$PWD"/}" | sed 's|[A-Za-z0-9]*$|R|'; }

    """

  static let cases: [CommandOracleCase] = [
    "short \"$(mktemp)\"",
    "short \"$(mktemp -d)\"",
    "mktemp | wc -l",
    "F=$(mktemp)\nstat -c %a \"$F\"",
    "D=$(mktemp -d)\nstat -c '%a %F' \"$D\"",
    "short \"$(mktemp -t job.XXXXXX)\"",
    "F=$(mktemp -t job.XXXXXX)\ntest -f \"$F\" && echo made",
    "mkdir sub\nmktemp -p sub | sed 's|[A-Za-z0-9]*$|R|'",
    "mkdir sub\nmktemp -p sub x.XXXXXX | sed 's|[A-Za-z0-9]*$|R|'",
    "short \"$(mktemp --tmpdir x.XXXXXX)\"",
    "F=$(mktemp --suffix=.json x.XXXXXX)\necho \"$F\" | sed 's|\\..*\\.|.R.|'\nrm \"$F\"",
    "F=$(mktemp body.XXXXXX.json)\necho \"$F\" | sed 's|\\..*\\.|.R.|'\nrm \"$F\"",
    "mktemp -u x.XXXXXX | sed 's|[A-Za-z0-9]*$|R|'\nls | grep -c '^x' || true",
    "mktemp x.XX",
    "mktemp -q missing/x.XXXXXX",
    "mktemp missing/x.XXXXXX",
    "mktemp -d missing/x.XXXXXX",
    "mktemp a b",
    "mktemp -t a/b.XXXXXX",
    "mktemp --suffix=.x abc",
    "mktemp -p \"$PWD\" /abs.XXXXXX",
    "O=-k\nmktemp \"$O\"",
    "X=x.XXXXXX\nF=$(mktemp \"$X\")\nls | grep -c '^x\\.'",
  ].map { CommandOracleCase(prefix + $0) }

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
