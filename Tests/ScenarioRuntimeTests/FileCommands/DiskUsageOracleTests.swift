import Testing

/// `du` against coreutils 9.1, in the scenario's directory: apparent sizes (`-b`, `-sb`),
/// kilobytes (`-k`, `-sk`), `-h`, `-a`, `-c`, `-d`, trees and a missing name.
@Suite(.requiresTools("/usr/bin/du"))
struct DiskUsageOracleTests {
  static let cases: [CommandOracleCase] = [
    "du -b log.txt",
    "du -sb log.txt nums.txt",
    "mkdir -p d/e\necho hi > d/e/f\necho hello > d/g\ndu -b d",
    "mkdir -p d/e\necho hi > d/e/f\ndu -ab d",
    "mkdir -p d/e\necho hi > d/e/f\ndu -sb d",
    "mkdir -p d/e\necho hi > d/e/f\ndu -k d",
    "mkdir -p d/e\necho hi > d/e/f\ndu -sk d",
    "mkdir d\nprintf '%05000d' 0 > d/z\ndu -sh d",
    "printf '%01500000d' 0 > z\ndu -h z\ndu -bh z\ndu -b z",
    "mkdir -p d/e/f\ndu -d 1 -b d",
    "du -cb log.txt nums.txt",
    "ln log.txt hard\ndu -cb log.txt hard",
    "du -b missing",
    "du -sa log.txt",
    "mkdir d\ndu -b d/",
    "S=$(du -sb log.txt | cut -f1)\necho \"$S\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
