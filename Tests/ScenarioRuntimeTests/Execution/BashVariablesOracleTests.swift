import Testing

/// The variables bash sets itself, against bash 5.2: `BASH_VERSION`, `BASH_VERSINFO`, `BASH`,
/// `HOSTNAME`, `HOSTTYPE`, `MACHTYPE`, `OSTYPE`, `UID`, `EUID`, `PPID`, `EPOCHSECONDS`,
/// `EPOCHREALTIME`, `SHELLOPTS`, `FUNCNAME` and `PIPESTATUS` (after pipelines, simple commands,
/// assignments, compound commands, `!`, function calls and lists).
@Suite struct BashVariablesOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "version",
      "echo \"$BASH_VERSION\"\necho \"${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]} ${#BASH_VERSINFO[@]}\"\n"
        + "echo \"${BASH_VERSINFO[*]}\"\n[ \"${BASH_VERSINFO[0]}\" -ge 4 ] && echo modern"),
    ShellOracleCase(
      "the bash that runs", "echo \"${BASH##*/}\"\n[ -x \"$BASH\" ] && echo executable"),
    ShellOracleCase(
      "machine", "echo \"$HOSTTYPE $MACHTYPE $OSTYPE\"\n[[ $OSTYPE == linux* ]] && echo linux"),
    ShellOracleCase("host name", "echo \"$HOSTNAME\""),
    ShellOracleCase("user ids", "echo \"$UID $EUID\"\n[ \"$UID\" -ge 0 ] && echo counted"),
    ShellOracleCase("parent process id is a number", "[[ $PPID =~ ^[1-9][0-9]*$ ]] && echo pid"),
    ShellOracleCase(
      "epoch seconds and real time",
      "[[ $EPOCHSECONDS =~ ^[0-9]{10}$ ]] && echo seconds\n"
        + "[[ $EPOCHREALTIME =~ ^[0-9]{10}\\.[0-9]{6}$ ]] && echo realtime\n"
        + "now=$(date +%s)\n(( EPOCHSECONDS - now <= 1 && now - EPOCHSECONDS <= 1 )) && echo close"),
    ShellOracleCase(
      "shell options follow set",
      "echo \"$SHELLOPTS\"\nset +u\necho \"$SHELLOPTS\"\nset -o pipefail -u\n"
        + "[[ :$SHELLOPTS: == *:nounset:* ]] && echo nounset"),
    ShellOracleCase(
      "function names",
      "inner() {\n  echo \"${FUNCNAME[0]} ${FUNCNAME[1]} ${#FUNCNAME[@]}\"\n}\n"
        + "outer() {\n  echo \"${FUNCNAME[*]}\"\n  inner\n}\nouter\necho \"top ${FUNCNAME[0]:-none}\""
    ),
    ShellOracleCase(
      "a log helper names its caller",
      "log() {\n  echo \"[${FUNCNAME[1]}] $*\"\n}\ncheck_health() {\n  log ok\n}\ncheck_health"),
    ShellOracleCase(
      "pipe status of a pipeline",
      "set +o pipefail\nfalse | true | (exit 3)\necho \"${PIPESTATUS[*]} ${#PIPESTATUS[@]}\"\n"
        + "echo \"${PIPESTATUS[*]}\""),
    ShellOracleCase(
      "pipe status with pipefail, in a list",
      "false | true || :\necho \"${PIPESTATUS[*]}\"\ntrue | false && :\necho \"${PIPESTATUS[@]}\""),
    ShellOracleCase(
      "pipe status of simple commands and assignments",
      "true\necho \"${PIPESTATUS[0]}\"\nx=$(false) || echo \"${PIPESTATUS[*]}\"\n"
        + "x=$(false | true)\necho \"${PIPESTATUS[*]}\"\ny=1\necho \"${PIPESTATUS[*]}\"\n"
        + "PIPESTATUS=(9)\necho \"${PIPESTATUS[*]}\""),
    ShellOracleCase(
      "pipe status after compound commands",
      "set +e\nif false; then :; fi\necho \"${PIPESTATUS[*]}\"\n{ false | true; }\n"
        + "echo \"${PIPESTATUS[*]}\"\nfor i in 1; do (exit 2) | true; done\necho \"${PIPESTATUS[*]}\"\n"
        + "false | true\n[[ 1 == 1 ]]\necho \"${PIPESTATUS[*]}\"\n! false\necho \"$? ${PIPESTATUS[0]}\""
    ),
    ShellOracleCase(
      "pipe status of a function call",
      "set +o pipefail\nf() {\n  false | true | true\n}\nf\necho \"${PIPESTATUS[*]}\""),
    ShellOracleCase(
      "pipe status of curl and jq",
      "set +e\ncurl -sS http://127.0.0.1:9/x 2>/dev/null | jq -r .a\necho \"curl ${PIPESTATUS[0]} jq ${PIPESTATUS[1]}\""
    ),
    ShellOracleCase(
      "no-op commands set the status",
      "set +e\nfalse\ntrue\necho \"$? ${PIPESTATUS[*]}\"\nfalse\n:\necho \"$?\"\nfalse\n"
        + "set -euo pipefail\necho \"$?\""),
    ShellOracleCase(
      "pipe status read in a substitution", "false | true || :\necho \"$(echo ${PIPESTATUS[*]})\""),
    ShellOracleCase(
      "inherited values of the start-up variables",
      "echo \"$HOSTNAME $OSTYPE $UID\"\necho \"$BASH_VERSION\"",
      variables: ["HOSTNAME": "build-box", "OSTYPE": "plan9", "UID": "77", "BASH_VERSION": "1"]),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
