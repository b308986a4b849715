import Testing

/// `tr` in documents against GNU tr: classes, ranges, escapes, repeats, complement, deletion,
/// squeezing and truncation.
@Suite(.requiresTools("/usr/bin/tr"))
struct TranslatePipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "tr '[:upper:]' '[:lower:]' < words.txt",
    "tr '[:lower:]' '[:upper:]' < mixed.txt",
    "tr -d '[:digit:]' < log.txt",
    "tr -d '[:space:]' < mixed.txt",
    "tr -d '[:punct:]' < headers.txt",
    "tr -cd '[:alnum:]\\n' < mixed.txt",
    "tr -cd '[:print:]' < headers.txt",
    "tr -s '[:blank:]' < mixed.txt",
    "tr -s ' ' < mixed.txt",
    "tr -s '\\n' < words.txt",
    "tr '\\n' ',' < nums.txt",
    "tr '\\t' ' ' < mixed.txt",
    "tr '\\\\' '/' < mixed.txt",
    "tr '\\012' ' ' < noeol.txt",
    "tr a-z A-Z < log.txt",
    "tr 'a-f0-9' 'A-F#' < headers.txt",
    "tr abc x < words.txt",
    "tr -t abc xy < words.txt",
    "tr 'a-z' '[x*]' < words.txt",
    "tr 'a-z' '[x*3]A-Z' < words.txt",
    "tr -c 'a-z\\n' '_' < words.txt",
    "tr -C '[:alpha:]\\n' '.' < mixed.txt",
    "tr -cs '[:alnum:]' '\\n' < mixed.txt",
    "tr -ds '0-9' ' ' < log.txt",
    "tr -s 'a-z' 'A-Z' < words.txt",
    "tr '[=a=]' b < words.txt",
    "tr -d '\\r' < headers.txt",
    "tr '[:xdigit:]' x < headers.txt",
    "tr -d '[:cntrl:]' < headers.txt",
    "tr '[:graph:]' '#' < mixed.txt",
    "printf 'a-b\\n' | tr -- '-' '_'",
    "X=$(printf 'Hello' | tr '[:upper:]' '[:lower:]')\necho \"$X\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesGNUTr(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
