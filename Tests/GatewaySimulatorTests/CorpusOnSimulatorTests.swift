import Foundation
import GatewaySimulator
import GatewayTargets
import ScenarioRuntime
import SpecCompiler
import SpecModel
import Testing

/// Every scenario of the published release matrices (`../shared/corpus`, read in place) passes
/// against the simulator, in-process, and two runs against fresh simulators print the same
/// bytes: the same stdout per scenario, and the same raw log apart from durations. They run in
/// virtual time, as generated suites do against the simulator; the six runs (three documents,
/// twice) go in parallel.
@Suite struct CorpusOnSimulatorTests {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../../shared/corpus")
    .standardizedFileURL.path

  static let files = [
    "release-e2e-scenarios.2026-04-02.md",
    "release-e2e-scenarios.2026-05-24.md",
    "release-e2e-scenarios.2026-06-25.md",
  ]

  static var isPresent: Bool { FileManager.default.fileExists(atPath: directory) }

  @Test(
    .enabled(if: isPresent, "corpus not found at ../shared/corpus: corpus runs skipped"),
    .timeLimit(.minutes(6)))
  func everyScenarioPassesTheSameWayTwice() async throws {
    let started = ContinuousClock.now
    let runs = try await withThrowingTaskGroup(of: (String, Int, Run).self) { group in
      for file in Self.files {
        for round in 0..<2 {
          group.addTask {
            // The first round is the serial run ConcurrentRunOnSimulatorTests compares with too.
            let run =
              round == 0
              ? try await SerialRuns.shared.run(file, directory: Self.directory)
              : try await Self.run(file, round: round)
            return (file, round, run)
          }
        }
      }
      var runs: [String: [Run]] = [:]
      for try await (file, round, run) in group {
        runs[file, default: [Run(), Run()]][round] = run
      }
      return runs
    }
    for file in Self.files {
      let (first, second) = (runs[file]![0].outcomes, runs[file]![1].outcomes)
      print(
        "corpus on simulator: \(file): \(first.filter(\.passed).count)/\(first.count) OK, "
          + "rerun \(second.filter(\.passed).count)/\(second.count) OK")
      #expect(!first.isEmpty, "\(file): no scenario ran")
      for outcome in first + second where !outcome.passed {
        Issue.record("\(file) \(outcome.id) failed:\n\(outcome.stdout)\n\(outcome.stderr)")
      }
      #expect(first.map(\.id) == second.map(\.id))
      for (one, two) in zip(first, second)
      where one.passed && two.passed && one.stdout != two.stdout {
        Issue.record(
          "\(file) \(one.id): stdout differs between runs:\n--- first\n\(one.stdout)\n--- second\n\(two.stdout)"
        )
      }
    }
    for file in Self.files {
      let (first, second) = (runs[file]![0].rawLog, runs[file]![1].rawLog)
      #expect(!first.isEmpty, "\(file): no raw log written")
      if first != second {
        let (a, b) = (first.split(separator: "\n"), second.split(separator: "\n"))
        let line = a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? a.count
        let message =
          "\(file): the raw logs of two runs differ first at line \(line + 1):\n"
          + "--- first\n\(line < a.count ? String(a[line]) : "(end)")\n"
          + "--- second\n\(line < b.count ? String(b[line]) : "(end)")"
        Issue.record(Comment(rawValue: message))
      }
    }
    print("corpus on simulator: 6 runs in \(ContinuousClock.now - started)")
  }

  /// One serial run per document and test process, for every test that compares a run with a
  /// serial one: a corpus document takes most of a minute, mostly its live-feed scenarios'
  /// real-time `--max-time` waits.
  actor SerialRuns {
    static let shared = SerialRuns()
    private var runs: [String: Task<Run, any Error>] = [:]

    func run(_ file: String, directory: String) async throws -> Run {
      let key = directory + "/" + file
      if let running = runs[key] { return try await running.value }
      let task = Task { try await CorpusOnSimulatorTests.run(file, round: 0, directory: directory) }
      runs[key] = task
      return try await task.value
    }
  }

  /// Each document compiled once per test process: every run of it (serial, rerun, 8 jobs,
  /// latest first) starts from the same IR.
  actor CompiledDocuments {
    static let shared = CompiledDocuments()
    private var documents: [String: Task<CompiledDocument, any Error>] = [:]

    func compiled(_ file: String, directory: String) async throws -> CompiledDocument {
      let key = directory + "/" + file
      if let known = documents[key] { return try await known.value }
      let task = Task {
        let text = try String(contentsOfFile: key, encoding: .utf8)
        return try #require(DocumentCompiler.compile(markdown: text, file: file).compiled)
      }
      documents[key] = task
      return try await task.value
    }
  }

  /// One run of a document: its outcomes and its raw log (`release-e2e.raw.log`), normalized.
  struct Run: Sendable {
    var outcomes: [Outcome] = []
    var rawLog = ""
  }

  /// What the comparison keeps of a scenario's run.
  struct Outcome: Sendable {
    var id: String
    var passed: Bool
    var stdout: String
    var stderr: String
  }

  /// Runs every scenario of `file`, in document order (outcomes, logs), against a fresh
  /// simulator. Stdout is
  /// normalized for what the simulator does not control: the run directory and the epoch
  /// seconds the runtime's `date` prints.
  /// `jobs`: how many scenarios may run at once (`DocumentRunner.run(_:jobs:stopOnFailure:)`);
  /// `directory`: where `file` is; `order`: the order of a serial run (default: the
  /// document's), outcomes still returned in document order.
  static func run(
    _ file: String, round: Int, jobs: Int = 1, directory: String = directory,
    order: (@Sendable ([Scenario]) -> [String])? = nil
  ) async throws -> Run {
    let compiled = try await CompiledDocuments.shared.compiled(file, directory: directory)
    var ports: [GatewaySimulator.Listener: Int] = [:]
    for listener in GatewaySimulator.Listener.allCases { ports[listener] = 0 }
    let simulator = try await GatewaySimulator.start(
      .init(ports: ports, masterKey: "corpus-master-key"))
    var overrides: [String: String] = [:]
    for variable in GatewayVariable.all(in: compiled.document) {
      if let listener = GatewaySimulator.defaultPorts.first(where: { $0.value == variable.port })?
        .key
      {
        overrides[variable.name] = simulator.baseURL(listener) + variable.path
      }
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corpus-sim-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    ).path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    try "GOMODEL_MASTER_KEY=corpus-master-key\n".write(
      toFile: work + "/.env", atomically: true, encoding: .utf8)
    let runDirectory = work + "/run"
    let transport = HTTPClientTransport()
    var configuration = RunnerConfiguration(
      documentStem: file, environment: ["PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8"],
      overrides: overrides, qaSuffix: "corpus-sim", runDirectory: runDirectory,
      outputDirectory: work + "/logs", timeout: 60, keepArtifacts: false,
      workingDirectory: work, transport: transport)
    // As generated suites run against the embedded simulator: sleeps move a virtual clock.
    configuration.virtualTime = true
    configuration.settleURL = simulator.settleURL
    let runner = DocumentRunner(
      compiled,
      configuration: configuration)
    // Each run listens on ports of its own.
    let servers = GatewaySimulator.Listener.allCases.map {
      (simulator.baseURL($0), "<\($0)>")
    }
    var outcomes: [Outcome] = []
    let documentOrder = compiled.scenarios.map(\.id)
    let ran = await runner.run(order?(compiled.scenarios) ?? documentOrder, jobs: jobs)
    let position = Dictionary(
      documentOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    for outcome in ran.sorted(by: { (position[$0.id] ?? 0) < (position[$1.id] ?? 0) }) {
      outcomes.append(
        Outcome(
          id: outcome.id, passed: outcome.passed,
          stdout: normalized(
            String(decoding: outcome.stdout, as: UTF8.self), run: runDirectory,
            servers: servers),
          stderr: String(decoding: outcome.stderr.suffix(2000), as: UTF8.self)))
    }
    await runner.finish()
    try? await transport.shutdown()
    await simulator.shutdown()
    let raw = try String(contentsOfFile: work + "/logs/" + RunLog.rawLogName, encoding: .utf8)
    try? FileManager.default.removeItem(atPath: work)
    // Durations are wall time (also in curl's timeout message); everything else must be the
    // same bytes.
    let rawLog = normalized(raw, run: work, servers: servers).replacing(
      /duration_s: \d+/, with: "duration_s: _"
    )
    .replacing(/timed out after \d+ milliseconds/, with: "timed out after _ milliseconds")
    return Run(outcomes: outcomes, rawLog: rawLog)
  }

  /// `text` with the run directory, the simulator's base URLs (`servers`: URL, placeholder) and
  /// wall-clock epoch seconds (±1 day of now) masked.
  static func normalized(_ text: String, run: String, servers: [(String, String)] = []) -> String {
    let now = Int(Date().timeIntervalSince1970)
    var result = text.replacingOccurrences(of: run, with: "<QA_RUN_DIR>")
    for (url, name) in servers { result = result.replacingOccurrences(of: url, with: name) }
    let digits = /\b\d{10}\b/
    result = result.replacing(digits) { match in
      guard let value = Int(match.output), abs(value - now) < 86_400 else {
        return String(match.output)
      }
      return "<epoch>"
    }
    return result
  }
}
