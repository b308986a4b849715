import Foundation
import Testing

/// `awk` in document pipelines, compiled and interpreted, against real bash whose `awk` is
/// mawk (the awk the runtime follows; `awk` may be gawk on this machine, so bash finds mawk
/// first on `PATH` under that name).
@Suite(.requiresTools("/usr/bin/mawk"))
struct AwkPipelineOracleTests {
  /// A directory whose `awk` is mawk, put first on bash's `PATH`.
  static let mawkDirectory: String = {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("mawk-as-awk-\(ProcessInfo.processInfo.processIdentifier)").path
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    try? FileManager.default.createSymbolicLink(
      atPath: directory + "/awk", withDestinationPath: "/usr/bin/mawk")
    return directory
  }()

  static let cases: [ShellOracleCase] = [
    ShellOracleCase("field printing", "printf 'a b c\\nd e f\\n' | awk '{ print $2 }'"),
    ShellOracleCase(
      "field separator and NR, NF",
      "printf 'id,name\\n1,ann\\n2,bob,x\\n' | awk -F, 'NR > 1 { print NR, NF, $2 }'"),
    ShellOracleCase(
      "attached separator, regex separator",
      "printf 'a:b:c\\n' | awk -F: '{ print $3 $1 }'\nprintf 'a1b22c\\n' | awk -F'[0-9]+' '{ print $2, NF }'"
    ),
    ShellOracleCase(
      "tab separator escape", "printf 'k\\tv w\\n' | awk -F'\\t' '{ print $2 }'"),
    ShellOracleCase(
      "-v with a variable",
      "ID=b2\nprintf 'a1 x\\nb2 y\\n' | awk -v id=\"$ID\" '$1 == id { print $2 }'"),
    ShellOracleCase(
      "-v escapes are processed", "awk -v s='a\\tb' 'BEGIN { print s; print length(s) }'"),
    ShellOracleCase(
      "capture of a sum",
      "TOTAL=$(printf '10\\n20\\n12\\n' | awk '{ s += $1 } END { print s }')\necho \"total=$TOTAL\""
    ),
    ShellOracleCase(
      "printf, substr, toupper, length",
      "printf 'alpha beta\\ngamma\\n' | awk '{ printf \"%-6s|%3d|%s\\n\", toupper(substr($1, 1, 3)), length($0), $NF }'"
    ),
    ShellOracleCase(
      "regex patterns and ranges",
      "printf 'a\\nSTART\\nb\\nc\\nEND\\nd\\n' | awk '/START/,/END/ { print NR \": \" $0 }'\nprintf 'x=1\\ny=22\\n' | awk '$0 ~ /=[0-9][0-9]$/'"
    ),
    ShellOracleCase(
      "gsub, split and arrays",
      "printf 'a-b-c\\n' | awk '{ n = split($0, p, \"-\"); gsub(/-/, \"+\"); print n, p[3], $0 }'\nprintf 'k1 v\\nk2 w\\nk1 z\\n' | awk '{ c[$1]++ } END { print c[\"k1\"], c[\"k2\"] }'"
    ),
    ShellOracleCase(
      "file operand and assignment operand",
      "printf '1 one\\n2 two\\n' > t.txt\nawk '{ print p $2 }' p='> ' t.txt\nawk 'END { print NR }' t.txt t.txt"
    ),
    ShellOracleCase(
      "standard input operand between files",
      "printf 'f\\n' > f.txt\nprintf 's\\n' | awk '{ print FILENAME \":\" $0 }' f.txt - f.txt"),
    ShellOracleCase(
      "missing file fails with status 2",
      "awk '{ print }' missing.txt || echo \"rc=$?\"\nawk '{ print }' missing.txt\necho never"),
    ShellOracleCase(
      "exit status of the program",
      "printf 'a\\n' | awk '{ exit 3 }' || echo \"rc=$?\"\nprintf 'a\\n' | awk 'END { exit 0 }' && echo ok"
    ),
    ShellOracleCase(
      "awk as a condition",
      "if printf 'ready\\n' | awk '/ready/ { f = 1 } END { exit !f }'; then echo yes; fi\n"
        + "if printf 'no\\n' | awk '/ready/ { f = 1 } END { exit !f }'; then echo yes; else echo no; fi"
    ),
    ShellOracleCase(
      "print to a file",
      "printf 'a 1\\nb 2\\n' | awk '{ print $2 > \"out.txt\"; print $1 >> \"log.txt\" }'\ncat out.txt\ncat log.txt"
    ),
    ShellOracleCase(
      "getline from a file",
      "printf 'first\\nsecond\\n' > in.txt\nawk 'BEGIN { while ((getline line < \"in.txt\") > 0) n++; print n, line }'"
    ),
    ShellOracleCase(
      "awk between grep and sort",
      "printf 'GET /a 200\\nPOST /b 500\\nGET /c 404\\n' | grep GET | awk '{ print $3, $2 }' | sort -r"
    ),
    ShellOracleCase(
      "json-ish extraction with a quote separator",
      "printf '{\"id\":\"abc\",\"n\":1}\\n' | awk -F'\"' '{ print $4 }'"),
    ShellOracleCase(
      "no final newline and empty input",
      "printf 'a b' | awk '{ print $2 }'\nprintf '' | awk 'END { print NR }'"),
    ShellOracleCase(
      "numbers and formatting",
      "printf '3 4\\n' | awk '{ print $1 / $2, $1 * 1.5, int(7 / 2), $1 % 2, 2 ^ 10 }'\nawk 'BEGIN { printf \"%.2f %5.1e %x %c\\n\", 3.14159, 12345, 255, 65 }'"
    ),
    ShellOracleCase(
      "uninitialized and string comparisons",
      "printf '10 9\\nabc abd\\n' | awk '{ print ($1 < $2), x + 0, length(x) }'"),
    ShellOracleCase(
      "awk inside a function with a positional argument",
      "col() {\n  printf 'a b c\\n' | awk -v c=\"$1\" '{ print $c }'\n}\ncol 3\ncol 1"
    ),
  ]

  @Test(arguments: cases) func matchesBashWithMawk(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(
      setup: c.setup, c.bash,
      variables: c.variables.merging(
        ["PATH": Self.mawkDirectory + ":/usr/local/bin:/usr/bin:/bin"]) { $1 })
  }
}
