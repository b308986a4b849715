import Testing

/// `getopts` against bash 5.2: options in a helper function and at top level, clusters
/// (`-ab`), attached (`-mVALUE`) and separate arguments, `--`, `-`, silent mode (a leading
/// `:`), `OPTERR`, bash's messages, `OPTIND` kept between calls, reset by assigning it and
/// restored after a function with `local OPTIND`, `OPTARG` unset after an option without one,
/// invalid variable names, and `shift $((OPTIND - 1))`.
@Suite struct GetoptsOracleTests {
  static let helper = """
    p() {
      local OPTIND opt
      while getopts "m:k:v" opt; do
        case $opt in
          m) echo "m=$OPTARG" ;;
          k) echo "k=$OPTARG" ;;
          v) echo "v" ;;
          *) echo "bad $opt ${OPTARG-unset}" ;;
        esac
      done
      shift $((OPTIND - 1))
      echo "rest [$*] $OPTIND"
    }
    """

  static let cases: [ShellOracleCase] = [
    ShellOracleCase("start values", "echo \"$OPTIND $OPTERR ${OPTARG-unset}\""),
    ShellOracleCase("options in a helper", helper + "\np -m x -vkfoo a b\necho \"top $OPTIND\""),
    ShellOracleCase("unknown option and missing argument", helper + "\np -vx -m"),
    ShellOracleCase("double dash and single dash end options", helper + "\np -- -v\np - a\np a -v"),
    ShellOracleCase("an option taken as an argument", helper + "\np -mv -k\np -m -v x"),
    ShellOracleCase("no arguments", helper + "\np"),
    ShellOracleCase(
      "silent mode",
      """
      f() {
        local OPTIND opt
        while getopts ":a:b" opt; do
          case $opt in
            a) echo "a=$OPTARG" ;;
            b) echo "b" ;;
            :) echo "missing $OPTARG" ;;
            \\?) echo "unknown $OPTARG" ;;
          esac
        done
        echo "end $OPTIND $opt ${OPTARG-unset}"
      }
      f -b -x -a
      f -bx -a1 -- -b
      """),
    ShellOracleCase(
      "OPTERR=0 silences messages",
      "OPTERR=0\ngetopts a o -x\necho \"$o ${OPTARG-unset}\"\nOPTIND=1\ngetopts a: o -a\n"
        + "echo \"$o ${OPTARG-unset} $OPTIND\""),
    ShellOracleCase(
      "top level reads the positional parameters",
      "set -- -a -b c\nwhile getopts ab o; do echo \"$o $OPTIND\"; done\necho \"$OPTIND $o\"\n"
        + "shift $((OPTIND - 1))\necho \"$*\""),
    ShellOracleCase(
      "explicit words",
      "getopts \"xy:\" o -x -y 1 rest\necho \"$o $OPTIND\"\ngetopts \"xy:\" o -x -y 1 rest\n"
        + "echo \"$o $OPTARG $OPTIND\"\ngetopts \"xy:\" o -x -y 1 rest || echo \"done $? $o\""),
    ShellOracleCase(
      "state kept between calls without local OPTIND",
      "q() {\n  while getopts ab opt; do echo \"$opt $OPTIND\"; done\n  echo \"end $OPTIND\"\n}\n"
        + "q -ab\nq -ab\nOPTIND=1\nq -b"),
    ShellOracleCase(
      "a cluster continues in the next call",
      "q() {\n  getopts ab opt\n  echo \"$opt $OPTIND\"\n}\nq -ab\nq -ab\nq -ab\necho after"),
    ShellOracleCase(
      "local OPTIND restores the caller's place",
      "getopts ab o -ab\ng() {\n  local OPTIND=1\n  getopts ab o -b\n  echo \"in $o $OPTIND\"\n}\n"
        + "g\ngetopts ab o -ab\necho \"out $o $OPTIND\""),
    ShellOracleCase(
      "without local OPTIND a function continues the caller's cluster",
      "getopts ab o -ab\ng() {\n  getopts ab o -ba\n  echo \"in $o $OPTIND\"\n}\ng\n"
        + "getopts ab o -ab || echo \"out $? $o $OPTIND\""),
    ShellOracleCase(
      "assigning OPTIND restarts",
      "getopts ab o -ab\nOPTIND=1\ngetopts ab o -ab\necho \"$o $OPTIND\"\nOPTIND=2\n"
        + "getopts ab o -ab -b\necho \"$o $OPTIND\"\nOPTIND=9\ngetopts ab o -ab || echo \"end $o $OPTIND\""
    ),
    ShellOracleCase(
      "OPTARG is unset after an option without one",
      "OPTARG=z\ngetopts v o -v\necho \"${OPTARG-unset}\"\necho \"$OPTARG\"\necho never"),
    ShellOracleCase(
      "the end of options unsets OPTARG",
      "getopts a: o -a 1 x\necho \"$OPTARG\"\ngetopts a: o -a 1 x || echo \"$? $o ${OPTARG-unset}\""
    ),
    ShellOracleCase(
      "a colon is never an option", "getopts \":a\" o -:\necho \"$? $o $OPTARG $OPTIND\""),
    ShellOracleCase(
      "a second leading colon answers a missing argument with a colon",
      "getopts \"::a:\" o -a || true\necho \"$o [$OPTARG] $OPTIND\""),
    ShellOracleCase(
      "an invalid name fails", "getopts v 1x -v || echo \"status $?\"\ngetopts v 1x -v\necho never"),
    ShellOracleCase(
      "the usage helper idiom",
      """
      usage() { echo "usage: run [-n N] [-q] FILE" >&2; return 2; }
      run() {
        local OPTIND opt n=1 quiet=no
        while getopts "n:q" opt; do
          case "$opt" in
            n) n="$OPTARG" ;;
            q) quiet=yes ;;
            *) usage; return ;;
          esac
        done
        shift "$((OPTIND - 1))"
        echo "n=$n quiet=$quiet file=${1:-none}"
      }
      run -n 3 -q data.txt
      run data.txt
      run -z || echo "status $?"
      run -n
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
