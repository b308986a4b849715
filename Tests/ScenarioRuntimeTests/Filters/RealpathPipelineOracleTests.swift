import Testing

/// `realpath` against coreutils, in the scenario's directory: relative and absolute names,
/// `.`, `..`, repeated slashes, a path through a system symbolic link, missing components
/// under the default rule, `-e`, `-m`, `-s`, `-q`, `-z`.
@Suite(.requiresTools("/usr/bin/realpath"))
struct RealpathPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "realpath log.txt",
    "realpath .",
    "mkdir -p d/e\nrealpath ./d//e/../e/",
    "realpath /usr/bin/../lib",
    "realpath missing.txt",
    "realpath missing/x.txt || echo \"rc=$?\"",
    "realpath -e missing.txt || echo \"rc=$?\"",
    "realpath -m missing/x/../y.txt",
    "realpath -m log.txt/x",
    "realpath log.txt/x || echo \"rc=$?\"",
    "realpath -q missing/x log.txt || echo \"rc=$?\"",
    "mkdir d\nrealpath -s ./d/../log.txt",
    "realpath /bin/sh /lib/../bin",
    "realpath -z log.txt nums.txt | tr '\\0' '#'",
    "realpath '' || echo \"rc=$?\"",
    "F=nums.txt\nP=$(realpath \"$F\")\necho \"${P##*/}\"",
    "realpath /",
    "realpath //",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
