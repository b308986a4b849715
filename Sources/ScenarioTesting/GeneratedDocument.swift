import Foundation
import GatewayTargets
import ScenarioRuntime
import SpecModel
import SpecYAML
import Testing

/// One compiled document behind a generated suite: its YAML (embedded in the generated
/// sources), the markdown it came from, and the `DocumentRunner` every scenario of the test
/// process shares, so each scenario runs once, after its `needs`, against the target
/// `GatewayTarget` selects.
public final class GeneratedDocument: Sendable {
  /// The suite's type name, for messages.
  public let suite: String
  /// Names the run directory (`/tmp/<stem>-<QA_SUFFIX>`).
  public let documentStem: String
  /// The markdown as issues name it (`specs/release.md`) and its absolute path.
  public let markdownFileID: String
  public let markdownPath: String
  let documentYAML: String
  let sourceMapYAML: String
  let scenarioYAML: [String]
  /// Where the target is chosen from (`E2E_TARGET`, `BASE_URL`, …) and what scenarios see.
  let environment: [String: String]
  private let cell = RunnerCell()

  /// `markdown` is relative to the directory of `filePath` (the generated file's `#filePath`).
  public init(
    suite: String, documentStem: String, markdown: String, relativeTo filePath: String,
    markdownFileID: String, documentYAML: String, sourceMapYAML: String, scenarioYAML: [String],
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.environment = environment
    self.suite = suite
    self.documentStem = documentStem
    self.markdownFileID = markdownFileID
    self.markdownPath =
      URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent(markdown).standardizedFileURL.path
    self.documentYAML = documentYAML
    self.sourceMapYAML = sourceMapYAML
    self.scenarioYAML = scenarioYAML
  }

  /// Runs scenario `id` (its needs first), prints what it printed, and records a failure at
  /// the markdown line of the failing step (else of the scenario's heading). A scenario the
  /// compiler could not lower records each of its lowering errors at its markdown position.
  public func run(_ id: String) async {
    let runner: DocumentRunner
    do {
      runner = try await cell.runner(for: self)
    } catch {
      Issue.record(
        Comment(rawValue: "\(suite): cannot run: \(error)"), sourceLocation: location(line: 1))
      return
    }
    // E2E_JOBS=N: the first test runs the whole document, N scenarios at once; each test then
    // reports its scenario's outcome.
    if await runner.configuration.jobs > 1 { await cell.runAll(runner) }
    let outcome = await runner.run(id)
    print(String(decoding: outcome.stdout, as: UTF8.self), terminator: "")
    if !outcome.stderr.isEmpty { FileHandle.standardError.write(Data(outcome.stderr)) }
    guard !outcome.passed else { return }
    if !outcome.unsupported.isEmpty {
      // Not compiled: one issue per lowering error, at its markdown line.
      for error in outcome.unsupported {
        Issue.record(
          Comment(rawValue: "\(id) UNSUPPORTED: \(outcome.title)\n\(error.message)"),
          sourceLocation: location(line: error.line, column: error.column))
      }
      return
    }
    let report = await failureReport(outcome, runner: runner)
    let rendered = report.render()
    Issue.record(Comment(rawValue: rendered), sourceLocation: location(line: report.line))
    FailureAttachments.record(outcome, report: report, rendered: rendered)
  }

  /// The report of a failing scenario of this document (`FailureReport`), quoting the markdown
  /// when it can be read.
  func failureReport(_ outcome: ScenarioOutcome, runner: DocumentRunner) async -> FailureReport {
    let text = (try? String(contentsOfFile: markdownPath, encoding: .utf8)) ?? ""
    let context = FailureReportContext(
      markdownName: markdownFileID, markdownText: text, documentArgument: markdownFileID,
      loaded: await runner.loaded, timeout: await runner.configuration.timeout)
    return context.report(outcome)
  }

  /// Removes the run directory's artifacts (unless kept) once the suite is done, and closes its
  /// connections; logs stay.
  public func finish() async {
    await cell.finish()
  }

  func location(line: Int, column: Int = 1) -> SourceLocation {
    SourceLocation(
      fileID: markdownFileID, filePath: markdownPath, line: max(1, line), column: max(1, column))
  }

  /// Loads the YAML and picks the target, once.
  func makeRunner() async throws -> (DocumentRunner, GatewayBinding) {
    let loaded = try CompiledDocument(
      documentYAML: documentYAML, sourceMapYAML: sourceMapYAML, scenarioYAML: scenarioYAML)
    let target = GatewayTarget.select(
      environment: environment, gatewayVariables: GatewayVariable.all(in: loaded.document))
    let binding = try await GatewayBinding.resolve(
      loaded.document, target: target, environment: environment,
      workingDirectory: FileManager.default.currentDirectoryPath)
    var note = "\(suite): \(binding.description)"
    // Against the embedded simulator, waits move a virtual clock (E2E_REAL_TIME=1: real).
    let virtualTime = target == .simulator && environment["E2E_REAL_TIME"] != "1"
    if target == .simulator {
      note += virtualTime ? ", virtual time (E2E_REAL_TIME=1 waits)" : ", real time"
      note += " (E2E_TARGET=live or BASE_URL=… for real gateways)"
    }
    var configuration = RunnerConfiguration(
      documentStem: documentStem, environment: environment, overrides: binding.overrides,
      workingDirectory: binding.workingDirectory, transport: HTTPClientTransport())
    if configuration.jobs > 1 {
      note += "; E2E_JOBS=\(configuration.jobs): the whole document runs, that many at once"
    }
    print(note)
    configuration.virtualTime = virtualTime
    configuration.settleURL = binding.settleURL
    if let problem = configuration.problems().first {
      binding.release()
      try? await (configuration.transport as? HTTPClientTransport)?.shutdown()
      throw problem
    }
    // Scenarios run in a `spec-compiler run-worker` process killed at the time limit, when the
    // executable is found (built next to the tests, or SPEC_COMPILER_WORKER); else in-process.
    let runner = DocumentRunner(
      loaded, configuration: configuration, worker: ScenarioWorker.locate(environment: environment))
    // The runner's line for every scenario that runs, the needs of a filtered run included.
    let suite = suite
    await runner.onScenarioFinished { outcome in
      let seconds = Int(outcome.seconds.rounded())
      print("\(suite): \(outcome.id) \(outcome.statusWord) \(seconds)s \(outcome.title)")
    }
    return (runner, binding)
  }
}

/// The runner of a document and the binding to its gateways, made on first use.
private actor RunnerCell {
  private var made: Task<(DocumentRunner, GatewayBinding), any Error>?

  func runner(for document: GeneratedDocument) async throws -> DocumentRunner {
    if let made { return try await made.value.0 }
    let task = Task { try await document.makeRunner() }
    made = task
    return try await task.value.0
  }

  private var all: Task<Void, Never>?

  /// Runs every scenario of the runner's document with its `jobs`, once.
  func runAll(_ runner: DocumentRunner) async {
    if let all { return await all.value }
    let task = Task {
      let ids = await runner.loaded.scenarios.map(\.id)
      _ = await runner.run(ids, jobs: await runner.configuration.jobs)
    }
    all = task
    await task.value
  }

  /// Removes the artifacts and a simulator binding's private `.env`, and closes the
  /// connections; a later run starts a new runner.
  func finish() async {
    guard let made, let (runner, binding) = try? await made.value else { return }
    self.made = nil
    all = nil
    await runner.finish()
    runner.worker?.shutdown()
    binding.release()
    try? await (runner.configuration.transport as? HTTPClientTransport)?.shutdown()
  }
}
