import Foundation
import Testing

/// `pwd`, `pwd -L` and `pwd -P` against bash 5.2, after `cd` into directories, through a
/// symbolic link, and in pipelines and substitutions.
@Suite struct PwdOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("pwd", "pwd\npwd -L\nx=$(pwd)\n[ \"$x\" = \"$PWD\" ] && echo same"),
    ShellOracleCase(
      "after cd", "mkdir -p a/b\ncd a/b\npwd\ncd ../..\npwd | sed 's|.*/||'\ncd a/./b/\npwd"),
    ShellOracleCase(
      "through a symbolic link",
      "cd link\npwd\npwd -P\npwd -LP\npwd -PL\ncd ..\npwd -P"),
    ShellOracleCase("operands are ignored", "pwd extra words"),
    ShellOracleCase("in a subshell", "mkdir -p s\n(cd s && pwd)\npwd"),
    ShellOracleCase(
      "in a pipeline stage", "mkdir -p s\n{ cd s; pwd -P; } | sed 's|.*/|dir: |'\npwd | wc -l"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables) { directory in
      try FileManager.default.createDirectory(
        atPath: directory + "/real/inner", withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: directory + "/link", withDestinationPath: "real/inner")
    }
  }
}
