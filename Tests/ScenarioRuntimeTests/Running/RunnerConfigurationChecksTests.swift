import Foundation
import ScenarioRuntime
import Testing

/// `RunnerConfiguration.problems()`: what must stop a run before it starts.
@Suite struct RunnerConfigurationChecksTests {
  static func configuration(
    environment: [String: String] = [:], qaSuffix: String? = "ok", runDirectory: String? = nil,
    outputDirectory: String? = nil, timeout: Double? = nil
  ) -> RunnerConfiguration {
    RunnerConfiguration(
      documentStem: "doc", environment: environment, qaSuffix: qaSuffix,
      runDirectory: runDirectory, outputDirectory: outputDirectory, timeout: timeout,
      transport: FakeTransport())
  }

  @Test(arguments: ["", "../x", "a/b", "..", "a..b", "a\nb", "a\0b"])
  func badSuffixes(_ suffix: String) {
    let problems = Self.configuration(qaSuffix: suffix, runDirectory: NSTemporaryDirectory())
      .problems().map(\.description)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("QA_SUFFIX '\(suffix)' ") == true)
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity, 0, -1, 1e300])
  func badTimeouts(_ seconds: Double) {
    #expect(RunnerConfiguration.timeoutProblem(seconds) != nil)
    #expect(Self.configuration(timeout: seconds).problems().count == 1)
  }

  @Test func aTimeoutFromTheEnvironmentThatIsNoNumberIsReported() {
    let problems = Self.configuration(environment: ["E2E_TIMEOUT": "soon"]).problems()
    #expect(problems.map(\.description) == ["the per-scenario timeout (nan) is not a number"])
  }

  @Test func goodValuesHaveNoProblem() {
    #expect(RunnerConfiguration.timeoutProblem(0.5) == nil)
    #expect(RunnerConfiguration.qaSuffixProblem("1700000000-4242") == nil)
    #expect(Self.configuration(timeout: 90).problems().isEmpty)
  }

  @Test func anEmptyRunDirectoryIsAProblem() {
    let problems = Self.configuration(environment: ["QA_RUN_DIR": ""]).problems()
    #expect(problems.map(\.description) == ["QA_RUN_DIR '' is empty"])
  }

  @Test func directoriesMustBeDirectories() throws {
    let base = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: base) }
    let file = base + "/file"
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    #expect(
      Self.configuration(runDirectory: base, outputDirectory: file).problems().map(\.description)
        == ["the output directory '\(file)' is not a directory"])
    #expect(
      Self.configuration(runDirectory: file + "/below").problems().map(\.description)
        == ["QA_RUN_DIR '\(file)/below' cannot be created: '\(file)' is not a directory"])
    #expect(Self.configuration(runDirectory: base + "/new/run").problems().isEmpty)
  }
}
