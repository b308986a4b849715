import Foundation
import Testing

@testable import ScenarioRuntime

/// `RunLog` writes the bash runner's files: their names, the raw log's header and per-scenario
/// layout, and the TSV's `true`/`false` for `timed_out`.
@Suite struct RunLogTests {
  static func outcome(
    _ id: String, _ title: String, status: Int32 = 0, timedOut: Bool = false, seconds: Double = 0,
    stdout: String = "", stderr: String = ""
  ) -> ScenarioOutcome {
    ScenarioOutcome(
      id: id, title: title, status: status, timedOut: timedOut, seconds: seconds,
      stdout: Array(stdout.utf8), stderr: Array(stderr.utf8), failure: nil, failureLine: nil,
      failedNeeds: [])
  }

  @Test func filesAreNamedAsTheRunnerNamesThem() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("runlog-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let log = try RunLog(
      directory: directory,
      header: .init(source: "doc.md", qaSuffix: "s", outputDirectory: directory))
    #expect(log.rawLog.lastPathComponent == "release-e2e.raw.log")
    #expect(log.summary.lastPathComponent == "release-e2e.summary.tsv")
  }

  /// Two scenarios, one passing with output lacking its final newline, one timed out with
  /// empty stdout: the whole raw log and summary, byte for byte.
  @Test func rawLogAndSummaryFollowTheRunnersLayout() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("runlog-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let log = try RunLog(
      directory: directory,
      header: .init(source: "tests/e2e/doc.md", qaSuffix: "123-4", outputDirectory: directory))
    try log.append(Self.outcome("S01", "Health\tendpoint", seconds: 1.4, stdout: "ok"))
    try log.append(
      Self.outcome(
        "S02", "Slow", status: 124, timedOut: true, seconds: 2.6, stderr: "timed out\n"))
    let raw = try String(contentsOf: log.rawLog, encoding: .utf8)
    #expect(
      raw == """
        # Release E2E raw log
        # source=tests/e2e/doc.md
        # qa_suffix=123-4
        # output_dir=\(directory)

        ## S01 Health\tendpoint
        exit_code: 0
        timed_out: false
        duration_s: 1
        -- stdout --
        ok
        -- stderr --

        ## S02 Slow
        exit_code: 124
        timed_out: true
        duration_s: 3
        -- stdout --
        -- stderr --
        timed out


        """)
    let summary = try String(contentsOf: log.summary, encoding: .utf8)
    #expect(
      summary == """
        id\ttitle\texit_code\ttimed_out\tduration_s\tstdout_bytes\tstderr_bytes
        S01\tHealth endpoint\t0\tfalse\t1\t2\t0
        S02\tSlow\t124\ttrue\t3\t0\t10

        """)
  }
}
