import Foundation

/// How a document runs: where, against what, for how long, and what is kept.
public struct RunnerConfiguration: Sendable {
  /// Variables given to every scenario: the process environment, by default.
  public var environment: [String: String]
  /// Variables that win over setup-block assignments of the same name: `--env NAME=VALUE`, and
  /// every variable of `environment` that a setup block assigns (`BASE_URL=… spec-compiler run`).
  public var overrides: [String: String]
  /// `QA_SUFFIX` (default: epoch seconds and pid, as the runner's `$(date +%s)-$$`).
  public var qaSuffix: String
  /// `QA_RUN_DIR` (default: `/tmp/<document stem>-<QA_SUFFIX>`).
  public var runDirectory: String
  /// Where the raw log and the TSV summary go (default: the run directory).
  public var outputDirectory: String
  /// Per-scenario limit in seconds (default 90, `E2E_TIMEOUT`).
  public var timeout: Double
  /// Keep the run directory at the end (`--keep-artifacts`, `E2E_KEEP_ARTIFACTS=1`).
  public var keepArtifacts: Bool
  /// Where `.env` and other relative paths resolve.
  public var workingDirectory: String
  public var transport: any CurlTransport

  public init(
    documentStem: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    overrides: [String: String] = [:], qaSuffix: String? = nil, runDirectory: String? = nil,
    outputDirectory: String? = nil, timeout: Double? = nil, keepArtifacts: Bool? = nil,
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    transport: any CurlTransport
  ) {
    self.environment = environment
    self.overrides = overrides
    let suffix =
      qaSuffix ?? environment["QA_SUFFIX"]
      ?? "\(Int(Date().timeIntervalSince1970))-\(ProcessInfo.processInfo.processIdentifier)"
    self.qaSuffix = suffix
    let run = runDirectory ?? environment["QA_RUN_DIR"] ?? "/tmp/\(documentStem)-\(suffix)"
    self.runDirectory = run
    self.outputDirectory = outputDirectory ?? run
    self.timeout = timeout ?? environment["E2E_TIMEOUT"].flatMap(Double.init) ?? 90
    self.keepArtifacts = keepArtifacts ?? (environment["E2E_KEEP_ARTIFACTS"] == "1")
    self.workingDirectory = workingDirectory
    self.transport = transport
  }
}
