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
  /// The document as the user named it, for the raw log's `# source=` line (default: the
  /// compiled document's `source`).
  public var sourcePath: String?
  /// Per-scenario limit in seconds (default 90, `E2E_TIMEOUT`); see `problems()` for the
  /// values that cannot run.
  public var timeout: Double
  /// Keep the run directory at the end (`--keep-artifacts`, `E2E_KEEP_ARTIFACTS=1`).
  public var keepArtifacts: Bool
  /// Where `.env` and other relative paths resolve.
  public var workingDirectory: String
  public var transport: any CurlTransport
  /// When setup blocks run (default: once per run; `E2E_SETUP=every` replays them).
  public var setup: SetupReplay
  /// Waits move the run's clock instead of taking real time (see `ScenarioClock`): for the
  /// embedded simulator only, which steps with it (`settleURL`). Default false (real time).
  public var virtualTime = false
  /// How many scenarios may run at once (`--jobs`, `E2E_JOBS`; default 1: one after another).
  /// See `DocumentRunner.run(_:jobs:stopOnFailure:)`.
  public var jobs: Int
  /// The simulator's settle endpoint (`GatewaySimulator.settleURL`), for virtual time.
  public var settleURL: String?

  /// When the setup blocks (`## Common environment`, …) run.
  public enum SetupReplay: String, Sendable, CaseIterable {
    /// Once per run: every scenario starts from the shell state (variables, functions, files,
    /// traps) the setup left, so setup that is not idempotent, like deleting the artifacts an
    /// earlier scenario wrote, acts once, as a setup should.
    case once
    /// Before every scenario, exactly as the bash runner replays them
    /// (`set -euo pipefail; <setup>; <block>` per scenario).
    case every
  }

  public init(
    documentStem: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    overrides: [String: String] = [:], qaSuffix: String? = nil, runDirectory: String? = nil,
    outputDirectory: String? = nil, timeout: Double? = nil, keepArtifacts: Bool? = nil,
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    setup: SetupReplay? = nil, transport: any CurlTransport
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
    // A value that is not a number stays visible as NaN: `problems()` reports it.
    self.timeout = timeout ?? environment["E2E_TIMEOUT"].map { Double($0) ?? .nan } ?? 90
    self.keepArtifacts = keepArtifacts ?? (environment["E2E_KEEP_ARTIFACTS"] == "1")
    self.workingDirectory = workingDirectory
    self.transport = transport
    // A value that is not a whole number ≥ 1 stays visible as 0: `problems()` reports it.
    self.jobs = environment["E2E_JOBS"].map { Int($0).map { max(0, $0) } ?? 0 } ?? 1
    self.setup = setup ?? environment["E2E_SETUP"].flatMap(SetupReplay.init(rawValue:)) ?? .once
  }
}
