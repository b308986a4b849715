import Testing

/// `date` as a command, against GNU date with fixed `-d` inputs and `TZ=UTC`: formats, `-u`,
/// `@SECONDS`, ISO-8601 inputs with zones and fractions, `-I`/`--iso-8601`, `--rfc-3339`, `-R`,
/// the default format, and the message for a date it cannot read.
@Suite(.requiresTools("/usr/bin/date"))
struct DatePipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "date -u -d @0 +%s",
    "date -u -d @1700000000",
    "date -d @1700000000",
    "date -d @1700000000 -Iseconds",
    "date -u -d @1700000000 -I",
    "date -u -d @1700000000 -Ih",
    "date -u -d @1700000000 --iso-8601",
    "date -u -d @1700000000 --iso-8601=minutes",
    "date -u -d @1700000000 --iso-8601=hours",
    "date -u -d @1700000000.25 --iso-8601=ns",
    "date -u -d @1700000000 --rfc-3339=seconds",
    "date -u -d @1700000000.5 --rfc-3339=ns",
    "date -u -d @1700000000 --rfc-3339=date",
    "date -u -R -d @1700000000",
    "date -u -d @1700000000 --rfc-email",
    "date -u -d @1700000000 '+%Y-%m-%d %H:%M:%S %Z %z %:z %::z %j %u %a %b %e %%'",
    "date -u -d @1700000000.123456789 +%N.%3N.%6N",
    "date -u -d @-1 +%F_%T",
    "date -u --date=@86400 +%F",
    "date -u --date @86400 +%F",
    "date -ud @86400 +%F",
    "date -u -d '2024-02-29T12:34:56Z' +%s",
    "date -u -d '2024-02-29T12:34:56+05:30' -Iseconds",
    "date -u -d '2024-02-29 12:34:56 -0800' +%FT%T",
    "date -u -d '2024-06-01T00:00:00+02' +%FT%T",
    "date -u -d 2024-01-02 -I",
    "date -d 2024-01-02 +%s",
    "date -u -d '2024-01-02 03:04' +%T",
    "date -u -d 2024-01-02T03:04:05.123456789Z +%N",
    "date -u -d '2024-01-02T03:04:05,5Z' +%3N",
    "date -u -d '2024-01-02 UTC' +%s",
    "date -u -d 2024-02-30 +%s",
    "date -d bogus",
    "D=@86400\ndate -u -d \"$D\" +%F",
    "F=%Y\ndate -u -d @0 \"+$F-%m\"",
    "X=$(date -u -d @0 +%FT%TZ)\necho \"[$X]\"",
    "date -u -d @0 | tr a-z A-Z",
    "date -u +%Y -d @0",
    "date -u -d @0 +",
    "T=$(date -u -d @1700000000 +%s)\necho $(( T + 60 ))",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c, variables: ["TZ": "UTC"])
  }
}
